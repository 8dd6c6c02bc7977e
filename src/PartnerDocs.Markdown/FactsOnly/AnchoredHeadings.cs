using Markdig.Helpers;
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

        var tagStart = content.Start;
        var endTagStart = tagStart + valueEnd + 2; // after the value's closing quote and '>'
        var titleStart = endTagStart + 4; // after "</a>"
        var inlines = new ContainerInline();
        inlines.AppendChild(Html(content.Text.Substring(tagStart, endTagStart - tagStart), tagStart, line.Line, line.Column));
        inlines.AppendChild(Html("</a>", endTagStart, line.Line, line.Column + endTagStart - tagStart));
        if (titleStart <= content.End)
        {
            inlines.AppendChild(new LiteralInline(new StringSlice(content.Text, titleStart, content.End))
            {
                Span = new SourceSpan(titleStart, content.End),
                Line = line.Line,
                Column = line.Column + titleStart - tagStart,
            });
        }

        heading.Inline = inlines;
        heading.ProcessInlines = false;
        LeafLines.Release(ref heading.Lines);
    }

    private static HtmlInline Html(string tag, int start, int line, int column) => new(tag)
    {
        Span = new SourceSpan(start, start + tag.Length - 1),
        Line = line,
        Column = column,
    };
}
