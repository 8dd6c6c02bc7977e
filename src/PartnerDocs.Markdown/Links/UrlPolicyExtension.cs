using Markdig;
using Markdig.Renderers;
using Markdig.Renderers.Html.Inlines;

namespace PartnerDocs.Markdown.Links;

/// <summary>Applies <see cref="PartnerDocs.Paths.UrlPolicy"/> to Markdown links, images, reference links and autolinks.</summary>
public sealed class UrlPolicyExtension : IMarkdownExtension
{
    public void Setup(MarkdownPipelineBuilder pipeline)
    {
    }

    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
        if (renderer is HtmlRenderer html)
        {
            html.ObjectRenderers.ReplaceOrAdd<LinkInlineRenderer>(new SafeLinkInlineRenderer());
            html.ObjectRenderers.ReplaceOrAdd<AutolinkInlineRenderer>(new SafeAutolinkInlineRenderer());
        }
    }
}

public static class UrlPolicyPipelineExtensions
{
    public static MarkdownPipelineBuilder UseUrlPolicy(this MarkdownPipelineBuilder pipeline)
    {
        pipeline.Extensions.AddIfNotAlready<UrlPolicyExtension>();
        return pipeline;
    }
}
