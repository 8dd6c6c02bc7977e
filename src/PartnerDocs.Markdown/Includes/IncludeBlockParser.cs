using Markdig.Helpers;
using Markdig.Parsers;
using Markdig.Syntax;

namespace PartnerDocs.Markdown.Includes;

public sealed class IncludeBlockParser : BlockParser
{
    public IncludeBlockParser() => OpeningCharacters = ['['];

    public override BlockState TryOpen(BlockProcessor processor)
    {
        if (processor.IsCodeIndent)
        {
            return BlockState.None;
        }

        var line = processor.Line;
        var end = IncludeSyntax.Match(line.Text, line.Start, line.End + 1, out var title, out var path);
        if (end < 0 || !new StringSlice(line.Text, end, line.End).IsEmptyOrWhitespace())
        {
            return BlockState.None;
        }

        processor.NewBlocks.Push(new IncludeBlock(this, title, path)
        {
            Span = new SourceSpan(line.Start, line.End),
            Line = processor.LineIndex,
            Column = processor.Column,
            ProcessInlines = false,
        });
        return BlockState.BreakDiscard;
    }
}
