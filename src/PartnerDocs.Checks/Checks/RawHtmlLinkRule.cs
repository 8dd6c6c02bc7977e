using PartnerDocs.Diagnostics;
using PartnerDocs.Topics;

namespace PartnerDocs.Validation.Checks;

/// <summary>link.in-raw-html: CommonMark prints a Markdown link inside a raw HTML block as literal brackets.</summary>
internal sealed class RawHtmlLinkRule : ITopicRule
{
    public void Check(CheckContext context, Topic topic)
    {
        foreach (var location in topic.Markdown.MarkdownLinksInRawHtml)
        {
            context.Report(Rules.LinkInRawHtml, location,
                "Markdown link inside a raw HTML block is shown as literal text; write <a href=\"...\"> or end the HTML block with a blank line",
                topic.Locale);
        }
    }
}
