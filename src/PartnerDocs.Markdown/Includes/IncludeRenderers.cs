using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax;

namespace PartnerDocs.Markdown.Includes;

/// <summary>Writes the included file's blocks in place of the include.</summary>
public sealed class IncludeBlockRenderer : HtmlObjectRenderer<IncludeBlock>
{
    protected override void Write(HtmlRenderer renderer, IncludeBlock obj)
    {
        if (renderer is DocsHtmlRenderer docs && obj.Reference is not null)
        {
            // The IncludeExpander parses include files with their trees.
            docs.WriteInclude(obj.Reference, included => docs.WriteChildren(included.Document!));
        }
    }
}

/// <summary>Writes the inlines of the included file's first paragraph in place of the include.</summary>
public sealed class IncludeInlineRenderer : HtmlObjectRenderer<IncludeInline>
{
    protected override void Write(HtmlRenderer renderer, IncludeInline obj)
    {
        if (renderer is DocsHtmlRenderer docs && obj.Reference is not null)
        {
            docs.WriteInclude(obj.Reference, included =>
            {
                if (included.Document!.Descendants<ParagraphBlock>().FirstOrDefault()?.Inline is { } inline)
                {
                    docs.WriteChildren(inline);
                }
            });
        }
    }
}
