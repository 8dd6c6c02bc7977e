using Markdig.Parsers;
using Markdig.Syntax;

namespace PartnerDocs.Markdown.Images;

/// <summary>:::image type="content|icon|complex" source="..." alt-text="...":::; a complex image holds its long description as children.</summary>
public sealed class ImageBlock(BlockParser parser) : ContainerBlock(parser)
{
    public required string Type { get; init; }
    public required string Source { get; init; }
    public required string AltText { get; init; }
    /// <summary>Offset of the source attribute in the parsed text, so the checker can point at it.</summary>
    public required int SourceOffset { get; init; }
}
