using System.Net;
using Markdig.Parsers;
using Markdig.Syntax;

namespace PartnerDocs.Markdown.Images;

public sealed class ImageBlockParser : BlockParser
{
    private const string Start = ":::image ";
    private const string End = ":::image-end:::";

    public ImageBlockParser() => OpeningCharacters = [':'];

    public override BlockState TryOpen(BlockProcessor processor)
    {
        var line = processor.Line;
        if (processor.IsCodeIndent || string.CompareOrdinal(line.Text, line.Start, Start, 0, Start.Length) != 0)
        {
            return BlockState.None;
        }

        var attributes = new Dictionary<string, DirectiveAttribute>(StringComparer.OrdinalIgnoreCase);
        var end = TripleColon.ParseAttributes(line.Text, line.Start + Start.Length, line.End + 1, attributes);
        var type = attributes.TryGetValue("type", out var t) ? t.Value.ToLowerInvariant() : "content";
        attributes.TryGetValue("alt-text", out var alt);
        // Broken or incomplete directives stay visible as a paragraph so the author sees them.
        if (end < 0 ||
            !line.Text.AsSpan(end, line.End + 1 - end).IsWhiteSpace() ||
            type is not ("content" or "icon" or "complex") ||
            !attributes.TryGetValue("source", out var source) || source.Value.Length == 0 ||
            (type != "icon" && string.IsNullOrWhiteSpace(alt.Value)))
        {
            return BlockState.None;
        }

        processor.NewBlocks.Push(new ImageBlock(this)
        {
            Type = type,
            Source = source.Value,
            AltText = WebUtility.HtmlDecode(alt.Value ?? ""), // the renderer escapes it: "&quot;" must not become "&amp;quot;"
            SourceOffset = source.NameOffset,
            Span = new SourceSpan(line.Start, line.End),
            Line = processor.LineIndex,
            Column = processor.Column,
        });
        return type == "complex" ? BlockState.ContinueDiscard : BlockState.BreakDiscard;
    }

    public override BlockState TryContinue(BlockProcessor processor, Block block)
    {
        var line = processor.Line;
        if (!processor.IsCodeIndent && line.AsSpan().Trim().SequenceEqual(End))
        {
            block.UpdateSpanEnd(line.End);
            return BlockState.BreakDiscard;
        }

        return BlockState.Continue;
    }
}
