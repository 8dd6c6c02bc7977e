using Markdig;
using Markdig.Renderers;

namespace PartnerDocs.Markdown.Images;

/// <summary>DocFX triple-colon images: :::image type="content" source="..." alt-text="...":::.</summary>
public sealed class ImageExtension : IMarkdownExtension
{
    public void Setup(MarkdownPipelineBuilder pipeline)
    {
        if (!pipeline.BlockParsers.Contains<ImageBlockParser>())
        {
            // Ahead of definition lists, which also open on ':'.
            pipeline.BlockParsers.Insert(0, new ImageBlockParser());
        }
    }

    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
        if (renderer is HtmlRenderer html)
        {
            html.ObjectRenderers.AddIfNotAlready<ImageBlockRenderer>();
        }
    }
}

public static class ImagePipelineExtensions
{
    public static MarkdownPipelineBuilder UseDocfxImages(this MarkdownPipelineBuilder pipeline)
    {
        pipeline.Extensions.AddIfNotAlready<ImageExtension>();
        return pipeline;
    }
}
