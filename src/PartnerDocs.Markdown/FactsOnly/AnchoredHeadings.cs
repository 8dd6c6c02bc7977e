using Markdig.Parsers;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace PartnerDocs.Markdown.FactsOnly;

/// <summary>
/// Headings written as <c>&lt;a name="id"&gt;&lt;/a&gt;Text</c>, nearly every heading of Microsoft's older docs, get their
/// inlines built directly instead of by the inline parser: the anchor tag, its end tag and the text, with the same
/// positions. Only a text that no inline parser of the pipeline could act on qualifies, in one of the
/// <see cref="ShallowBlocks"/>, so the facts stay the same.
/// </summary>
internal static class AnchoredHeadings
{
    private const string AnchorStart = "<a name=\"";
    private const string AnchorEnd = "\"></a>";

    /// <summary>A <see cref="BlockParser.Closed"/> handler: such a heading's inlines are built and it is not inline-parsed.</summary>
    public static void BuildInlines(BlockProcessor processor, Block block)
    {
        if (block is not HeadingBlock { Lines.Count: 1 } heading || !ShallowBlocks.Holds(heading))
        {
            return;
        }

        var line = heading.Lines.Lines[0];
        var content = line.Slice;
        var text = content.AsSpan();
        if (!text.StartsWith(AnchorStart, StringComparison.Ordinal) || text[AnchorStart.Length..].IndexOf('"') is not (>= 0 and var idLength))
        {
            return;
        }

        var valueEnd = AnchorStart.Length + idLength;
        if (!text[valueEnd..].StartsWith(AnchorEnd, StringComparison.Ordinal) || !InertText.Is(text[AnchorStart.Length..valueEnd]) || !InertText.Is(text[(valueEnd + AnchorEnd.Length)..]))
        {
            return;
        }

        var at = LinePositions.Of(line);
        var endTag = valueEnd + 2; // after the value's closing quote and '>'
        var inlines = new ContainerInline();
        inlines.AppendChild(at.Html(text[..endTag].ToString(), 0));
        inlines.AppendChild(at.Html("</a>", endTag));
        if (endTag + 4 < text.Length)
        {
            inlines.AppendChild(at.Literal(content.Text, endTag + 4, text.Length - 1));
        }

        heading.Inline = inlines;
        heading.ProcessInlines = false;
        LeafLines.Release(ref heading.Lines);
    }
}
