using Markdig;
using Markdig.Renderers;

namespace PartnerDocs.Markdown.Anchors;

/// <summary>Heading ids assigned at parse time so the checker sees the same ids the renderer writes.</summary>
public sealed class HeadingIdsExtension : IMarkdownExtension
{
    public void Setup(MarkdownPipelineBuilder pipeline) => pipeline.DocumentProcessed += HeadingIds.Assign;

    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
    }
}

public static class HeadingIdsPipelineExtensions
{
    public static MarkdownPipelineBuilder UseHeadingIds(this MarkdownPipelineBuilder pipeline)
    {
        pipeline.Extensions.AddIfNotAlready<HeadingIdsExtension>();
        return pipeline;
    }
}
