using Markdig.Helpers;
using Markdig.Parsers;
using Markdig.Syntax;

namespace PartnerDocs.Markdown.Includes;

public sealed class IncludeInlineParser : InlineParser
{
    public IncludeInlineParser() => OpeningCharacters = ['['];

    public override bool Match(InlineProcessor processor, ref StringSlice slice)
    {
        var start = slice.Start;
        var end = IncludeSyntax.Match(slice.Text, start, slice.End + 1, out var title, out var path);
        if (end < 0)
        {
            return false;
        }

        var sourceStart = processor.GetSourcePosition(start, out var line, out var column);
        processor.Inline = new IncludeInline(title, path)
        {
            Span = new SourceSpan(sourceStart, sourceStart + end - start - 1),
            Line = line,
            Column = column,
        };
        slice.Start = end;
        return true;
    }
}
