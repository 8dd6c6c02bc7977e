using Markdig.Parsers;
using Markdig.Syntax;

namespace PartnerDocs.Markdown.Divs;

/// <summary>A blockquote that starts with <c>[!div class="..."]</c>: its content in a &lt;div&gt; with those classes (nextstepaction, checklist, ...).</summary>
public sealed class DivBlock(BlockParser? parser, IReadOnlyList<string> classes) : QuoteBlock(parser)
{
    /// <summary>The class names, each made of letters, digits, '-' and '_' only.</summary>
    public IReadOnlyList<string> Classes { get; } = classes;
}
