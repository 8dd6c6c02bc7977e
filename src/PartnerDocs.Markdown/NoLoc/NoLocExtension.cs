using Markdig;
using Markdig.Renderers;

namespace PartnerDocs.Markdown.NoLoc;

/// <summary>DocFX :::no-loc text="...":::, rendered as plain escaped text.</summary>
public sealed class NoLocExtension : IMarkdownExtension
{
    public void Setup(MarkdownPipelineBuilder pipeline)
    {
        if (!pipeline.InlineParsers.Contains<NoLocInlineParser>())
        {
            pipeline.InlineParsers.Insert(0, new NoLocInlineParser());
        }
    }

    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
        if (renderer is HtmlRenderer html)
        {
            html.ObjectRenderers.AddIfNotAlready<NoLocInlineRenderer>();
        }
    }
}

public static class NoLocPipelineExtensions
{
    public static MarkdownPipelineBuilder UseNoLoc(this MarkdownPipelineBuilder pipeline)
    {
        pipeline.Extensions.AddIfNotAlready<NoLocExtension>();
        return pipeline;
    }
}
