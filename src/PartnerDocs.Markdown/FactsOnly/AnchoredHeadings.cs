using System.Buffers;
using Markdig.Helpers;
using Markdig.Parsers;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace PartnerDocs.Markdown.FactsOnly;

/// <summary>
/// Headings written as <c>&lt;a name="id"&gt;&lt;/a&gt;Text</c>, nearly every heading of Microsoft's older docs, get their
/// inlines built directly instead of by the inline parser: the anchor tag, its end tag and the text, with the same
/// positions. Only a text that no inline parser of the pipeline could act on qualifies, so the facts stay the same.
/// </summary>
internal static class AnchoredHeadings
{
    private const string AnchorStart = "<a name=\"";
    private const string AnchorEnd = "\"></a>";

    // Every character that starts an inline construct (CommonMark's, the emphasis extras', the DocFX extensions', generic
    // attributes', pipe tables' and autolinks' "x:"), and what would end the anchor's value early.
    private static readonly SearchValues<char> InlineStarts = SearchValues.Create("\\`*_~^+=[]!<>&{}|:$\"\r\n");
    private static readonly SearchValues<string> WebAddressStart = SearchValues.Create(["www."], StringComparison.OrdinalIgnoreCase);

    /// <summary>A <see cref="BlockParser.Closed"/> handler: such a heading's inlines are built and it is not inline-parsed.</summary>
    public static void BuildInlines(BlockProcessor processor, Block block)
    {
        if (block is not HeadingBlock { Lines.Count: 1 } heading)
        {
            return;
        }

        var line = heading.Lines.Lines[0];
        var content = line.Slice;
        var text = content.AsSpan();
        if (!text.StartsWith(AnchorStart, StringComparison.Ordinal) || text.IndexOf(AnchorEnd, StringComparison.Ordinal) is not (var valueEnd and >= 0))
        {
            return;
        }

        var id = text[AnchorStart.Length..valueEnd];
        var title = text[(valueEnd + AnchorEnd.Length)..];
        if (id.ContainsAny(InlineStarts) || title.ContainsAny(InlineStarts) || title.ContainsAny(WebAddressStart))
        {
            return;
        }

        var tagStart = content.Start;
        var endTagStart = tagStart + valueEnd + 2; // after the value's closing quote and '>'
        var titleStart = endTagStart + 4; // after "</a>"
        var inlines = new ContainerInline();
        inlines.AppendChild(Html(content.Text.Substring(tagStart, endTagStart - tagStart), tagStart, line.Line, line.Column));
        inlines.AppendChild(Html("</a>", endTagStart, line.Line, line.Column + endTagStart - tagStart));
        if (title.Length > 0)
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
