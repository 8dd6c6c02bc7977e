using Markdig;
using Markdig.Parsers.Inlines;
using Markdig.Renderers;

namespace PartnerDocs.Markdown.Divs;

/// <summary>DocFX's <c>&gt; [!div class="nextstepaction"]</c> (and any other class): a blockquote rendered as a classed &lt;div&gt;.</summary>
public sealed class DivExtension : IMarkdownExtension
{
    public void Setup(MarkdownPipelineBuilder pipeline)
    {
        if (!pipeline.InlineParsers.Contains<DivInlineParser>())
        {
            pipeline.InlineParsers.InsertBefore<LinkInlineParser>(new DivInlineParser());
        }
    }

    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
        if (renderer is HtmlRenderer html && !html.ObjectRenderers.Contains<DivBlockRenderer>())
        {
            html.ObjectRenderers.Insert(0, new DivBlockRenderer());
        }
    }
}

public static class DivPipelineExtensions
{
    public static MarkdownPipelineBuilder UseDocfxDivs(this MarkdownPipelineBuilder pipeline)
    {
        pipeline.Extensions.AddIfNotAlready<DivExtension>();
        return pipeline;
    }
}
