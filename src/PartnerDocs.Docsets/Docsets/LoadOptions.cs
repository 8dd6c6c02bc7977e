using PartnerDocs.Markdown;
using PartnerDocs.Markdown.Includes;

namespace PartnerDocs.Docsets;

/// <summary>What the loader keeps of each topic's Markdown besides the facts every stage reads.</summary>
public sealed class LoadOptions
{
    /// <summary>Keep every syntax tree (tests and tools that walk them); all trees of a 30,000-topic docset take gigabytes.</summary>
    public static LoadOptions KeepSyntaxTrees { get; } = new() { KeepTrees = true };

    /// <summary>Keep only links, anchors, headings and text: enough for check.</summary>
    public static LoadOptions FactsOnly { get; } = new();

    public bool KeepTrees { get; init; }

    /// <summary>
    /// When set, each topic's body is rendered to HTML while its tree is at hand (locale, includes -> context), and the
    /// tree is dropped: the site then holds HTML, a fraction of the trees' size.
    /// </summary>
    public Func<string, IncludeResolver, MarkdownRenderContext>? RenderBody { get; init; }
}
