using System.Buffers;
using Markdig.Parsers;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace PartnerDocs.Markdown.FactsOnly;

/// <summary>
/// One-line paragraphs of text with one inline link, <c>See [Billing](billing.md#cycle) first.</c> (the most common
/// paragraph with a link, and every one of a generated docset), get their inlines built directly instead of by the inline
/// parser: the text around the link, the link and its label, with the same positions. Only text no inline parser of the
/// pipeline could act on and a plain destination without a title qualify, in one of the <see cref="ShallowBlocks"/>.
/// </summary>
internal static class LinkedParagraphs
{
    // What a destination may not hold to be taken as written: what ends or encloses it, escapes, entities and brackets.
    private static readonly SearchValues<char> NotPlainInDestination = SearchValues.Create("()<>\\\"'&[]` \t\r\n");

    /// <summary>A <see cref="BlockParser.Closed"/> handler, after <see cref="PlainParagraphs"/>: such a paragraph's inlines are built.</summary>
    public static void BuildInlines(BlockProcessor processor, Block block)
    {
        if (block is not ParagraphBlock { ProcessInlines: true, Lines.Count: 1 } paragraph || !ShallowBlocks.Holds(paragraph))
        {
            return;
        }

        var line = paragraph.Lines.Lines[0];
        var content = line.Slice;
        var text = content.AsSpan();
        var labelStart = text.IndexOf('[') + 1;
        var labelEnd = labelStart > 0 ? text.IndexOf("](", StringComparison.Ordinal) : -1;
        var destinationEnd = labelEnd > labelStart ? text.IndexOf(')') : -1;
        // A label of " " or "x" is left to the task list parser, which reads "[ ]" and "[x]" first.
        if (destinationEnd <= labelEnd + 2 || text[labelStart..labelEnd] is " " or "x" or "X")
        {
            return;
        }

        var destination = text[(labelEnd + 2)..destinationEnd];
        if (destination.ContainsAny(NotPlainInDestination) || !InertText.Is(text[..(labelStart - 1)]) || !InertText.Is(text[labelStart..labelEnd])
            || !InertText.Is(text[(destinationEnd + 1)..]))
        {
            return;
        }

        var at = LinePositions.Of(line);
        var inlines = new ContainerInline();
        if (labelStart > 1)
        {
            inlines.AppendChild(at.Literal(content.Text, 0, labelStart - 2));
        }

        var link = new LinkInline
        {
            Url = destination.ToString(),
            Span = at.Span(labelStart - 1, destinationEnd),
            Line = at.Line,
            Column = at.Column(labelStart - 1),
            LabelSpan = at.Span(labelStart, labelEnd - 1),
            UrlSpan = at.Span(labelEnd + 2, destinationEnd - 1),
            TitleSpan = SourceSpan.Empty,
            IsClosed = true,
        };
        link.AppendChild(at.Literal(content.Text, labelStart, labelEnd - 1));
        inlines.AppendChild(link);
        if (destinationEnd < text.Length - 1)
        {
            inlines.AppendChild(at.Literal(content.Text, destinationEnd + 1, text.Length - 1));
        }

        paragraph.Inline = inlines;
        paragraph.ProcessInlines = false;
        LeafLines.Release(ref paragraph.Lines);
    }
}
