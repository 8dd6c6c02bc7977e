using Markdig.Syntax.Inlines;

namespace PartnerDocs.Markdown.Includes;

/// <summary>[!INCLUDE[title](path)] inside a paragraph: replaced by the inlines of the included file's first paragraph.</summary>
public sealed class IncludeInline(string title, string path) : LeafInline
{
    public string Title { get; } = title;
    public string Path { get; } = path;

    /// <summary>Set when the document is parsed by <see cref="MarkdownEngine"/>: the include with its file position.</summary>
    public IncludeReference? Reference { get; internal set; }
}
