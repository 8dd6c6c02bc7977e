using Markdig;
using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Renderers.Html.Inlines;

namespace PartnerDocs.Markdown.RawHtml;

/// <summary>Sends href and src values in raw HTML through the same URL rewrite as Markdown links.</summary>
public sealed class RawHtmlExtension : IMarkdownExtension
{
    public void Setup(MarkdownPipelineBuilder pipeline)
    {
    }

    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
        if (renderer is HtmlRenderer html)
        {
            html.ObjectRenderers.ReplaceOrAdd<HtmlBlockRenderer>(new RawHtmlBlockRenderer());
            html.ObjectRenderers.ReplaceOrAdd<HtmlInlineRenderer>(new RawHtmlInlineRenderer());
        }
    }
}

public static class RawHtmlPipelineExtensions
{
    public static MarkdownPipelineBuilder UseRawHtmlUrlRewriting(this MarkdownPipelineBuilder pipeline)
    {
        pipeline.Extensions.AddIfNotAlready<RawHtmlExtension>();
        return pipeline;
    }
}
