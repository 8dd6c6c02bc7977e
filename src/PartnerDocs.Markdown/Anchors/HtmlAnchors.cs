using System.Net;
using PartnerDocs.Diagnostics;
using PartnerDocs.Markdown.RawHtml;

namespace PartnerDocs.Markdown.Anchors;

/// <summary>Anchors in raw HTML: &lt;a name="x"&gt; and id="x" on any element.</summary>
internal static class HtmlAnchors
{
    public static void Collect(IEnumerable<HtmlAttribute> attributes, string text, Func<int, SourceLocation> locate, List<AnchorDefinition> anchors)
    {
        foreach (var attribute in attributes)
        {
            var kind = attribute.Name.Equals("id", StringComparison.OrdinalIgnoreCase) ? AnchorKind.HtmlId
                : attribute.Name.Equals("name", StringComparison.OrdinalIgnoreCase) && attribute.Tag.Equals("a", StringComparison.OrdinalIgnoreCase) ? AnchorKind.HtmlName
                : (AnchorKind?)null;
            if (kind is not null && attribute.ValueLength > 0)
            {
                var id = WebUtility.HtmlDecode(text.Substring(attribute.ValueStart, attribute.ValueLength));
                anchors.Add(new AnchorDefinition(id, kind.Value, locate(attribute.NameStart)));
            }
        }
    }
}
