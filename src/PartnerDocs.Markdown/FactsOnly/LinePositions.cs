using Markdig.Helpers;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace PartnerDocs.Markdown.FactsOnly;

/// <summary>
/// Inlines for offsets into a leaf's one line, placed as the inline parser places them: spans in the document's text, the
/// line's number, columns counted from the line's first column.
/// </summary>
/// <param name="Start">Where the line's content starts in the document's text.</param>
internal readonly record struct LinePositions(int Start, int Line, int FirstColumn)
{
    public static LinePositions Of(StringLine line) => new(line.Slice.Start, line.Line, line.Column);

    public SourceSpan Span(int first, int last) => new(Start + first, Start + last);

    public int Column(int offset) => FirstColumn + offset;

    public LiteralInline Literal(string text, int first, int last) => new(new StringSlice(text, Start + first, Start + last))
    {
        Span = Span(first, last),
        Line = Line,
        Column = Column(first),
    };

    public HtmlInline Html(string tag, int first) => new(tag)
    {
        Span = Span(first, first + tag.Length - 1),
        Line = Line,
        Column = Column(first),
    };
}
