using PartnerDocs.Diagnostics;
using PartnerDocs.Topics;

namespace PartnerDocs.Validation.Checks;

/// <summary>frontmatter.missing-title: the page title then comes from the first heading or the file name.</summary>
internal sealed class MissingTitleRule : ITopicRule
{
    public void Check(CheckContext context, Topic topic)
    {
        if (topic.FrontMatter.Title is null)
        {
            context.Report(Rules.FrontMatterMissingTitle, new SourceLocation(topic.File, 1),
                $"front matter has no title; the page is titled '{topic.Title}' instead", topic.Locale);
        }
    }
}
