using Markdig.Helpers;
using Markdig.Parsers;
using Markdig.Syntax;

namespace PartnerDocs.Markdown.NoLoc;

public sealed class NoLocInlineParser : InlineParser
{
    private const string Start = ":::no-loc ";

    public NoLocInlineParser() => OpeningCharacters = [':'];

    public override bool Match(InlineProcessor processor, ref StringSlice slice)
    {
        var start = slice.Start;
        if (string.CompareOrdinal(slice.Text, start, Start, 0, Start.Length) != 0)
        {
            return false;
        }

        var attributes = new Dictionary<string, DirectiveAttribute>(StringComparer.OrdinalIgnoreCase);
        var end = TripleColon.ParseAttributes(slice.Text, start + Start.Length, slice.End + 1, attributes);
        if (end < 0 || !attributes.TryGetValue("text", out var text))
        {
            return false;
        }

        var sourceStart = processor.GetSourcePosition(start, out var line, out var column);
        processor.Inline = new NoLocInline(text.Value)
        {
            Span = new SourceSpan(sourceStart, sourceStart + end - start - 1),
            Line = line,
            Column = column,
        };
        slice.Start = end;
        return true;
    }
}
