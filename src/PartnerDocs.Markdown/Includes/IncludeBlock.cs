using Markdig.Parsers;
using Markdig.Syntax;

namespace PartnerDocs.Markdown.Includes;

/// <summary>[!INCLUDE[title](path)] alone on a line: replaced by the included file's blocks.</summary>
public sealed class IncludeBlock(BlockParser parser, string title, string path) : LeafBlock(parser)
{
    public string Title { get; } = title;
    public string Path { get; } = path;

    /// <summary>Set when the document is parsed by <see cref="MarkdownEngine"/>: the include with its file position.</summary>
    public IncludeReference? Reference { get; internal set; }
}
