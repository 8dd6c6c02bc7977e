using System.Net;
using PartnerDocs.Markdown.RawHtml;

namespace PartnerDocs.Markdown.Anchors;

/// <summary>Anchors in raw HTML: &lt;a name="x"&gt; and id="x" on any element.</summary>
internal static class HtmlAnchors
{
    /// <param name="offset">Added to a position in <paramref name="text"/>, gives the position in the text <paramref name="lines"/> was made from.</param>
    public static void Collect(List<HtmlAttribute> attributes, string text, LineMap lines, int offset, List<AnchorDefinition> anchors)
    {
        foreach (var attribute in attributes)
        {
            var kind = attribute.Name.Equals("id", StringComparison.OrdinalIgnoreCase) ? AnchorKind.HtmlId
                : attribute.Name.Equals("name", StringComparison.OrdinalIgnoreCase) && attribute.Tag.Equals("a", StringComparison.OrdinalIgnoreCase) ? AnchorKind.HtmlName
                : (AnchorKind?)null;
            if (kind is not null && attribute.ValueLength > 0)
            {
                var id = WebUtility.HtmlDecode(text.Substring(attribute.ValueStart, attribute.ValueLength));
                anchors.Add(new AnchorDefinition(id, kind.Value, lines.Locate(offset + attribute.NameStart)));
            }
        }
    }
}
