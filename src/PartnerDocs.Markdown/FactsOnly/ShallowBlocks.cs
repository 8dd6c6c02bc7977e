using Markdig.Syntax;

namespace PartnerDocs.Markdown.FactsOnly;

/// <summary>
/// Blocks shallow enough that inlines left out or built without the inline parser cannot change markdown.too-deep: with at
/// most <see cref="MaxDepth"/> blocks above it and fewer delimiters than the limit (two per level of inline nesting, plus a
/// pipe table's three levels), a leaf's subtree stays well within <see cref="Limits.MarkdownLimits.MaxTreeDepth"/>.
/// </summary>
internal static class ShallowBlocks
{
    public const int MaxDepth = 8;

    public static bool Holds(Block block)
    {
        var depth = 0;
        for (var parent = block.Parent; parent is not null; parent = parent.Parent)
        {
            if (++depth > MaxDepth)
            {
                return false;
            }
        }

        return true;
    }
}
