using System.Buffers;
using Markdig.Helpers;
using Markdig.Parsers;
using Markdig.Syntax;
using PartnerDocs.Markdown.Limits;

namespace PartnerDocs.Markdown.FactsOnly;

/// <summary>
/// Finds paragraphs whose inlines hold no fact a check records: no link, image, autolink, include or raw HTML can be
/// written without '[', '&lt;', ':' or "www.". Only paragraphs of <see cref="ShallowBlocks"/> with few delimiters qualify.
/// </summary>
internal static class PlainParagraphs
{
    // What starts a reference ('[', '<', ':') or an inline delimiter, found in one pass over each line.
    private static readonly SearchValues<char> ReferenceStartsAndDelimiters = SearchValues.Create("[<:*_~^=+`");
    private static readonly SearchValues<string> WebAddressStart = SearchValues.Create(["www."], StringComparison.OrdinalIgnoreCase);

    /// <summary>A <see cref="BlockParser.Closed"/> handler: such a paragraph is left without inline parsing.</summary>
    public static void LeaveUnparsed(BlockProcessor processor, Block block)
    {
        if (block is ParagraphBlock paragraph && IsPlain(paragraph))
        {
            paragraph.ProcessInlines = false;
            LeafLines.Release(ref paragraph.Lines);
        }
    }

    private static bool IsPlain(ParagraphBlock paragraph)
    {
        if (!ShallowBlocks.Holds(paragraph))
        {
            return false;
        }

        var delimitersLeft = MarkdownLimits.MaxTreeDepth;
        var lines = paragraph.Lines;
        for (var i = 0; i < lines.Count; i++)
        {
            var text = lines.Lines[i].Slice.AsSpan();
            if (text.ContainsAny(WebAddressStart))
            {
                return false;
            }

            for (var at = text.IndexOfAny(ReferenceStartsAndDelimiters); at >= 0; at = text.IndexOfAny(ReferenceStartsAndDelimiters))
            {
                if (text[at] is '[' or '<' or ':' || --delimitersLeft == 0)
                {
                    return false;
                }

                text = text[(at + 1)..];
            }
        }

        return true;
    }
}
