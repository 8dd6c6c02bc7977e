using Markdig;
using Markdig.Parsers.Inlines;
using Markdig.Renderers;

namespace PartnerDocs.Markdown.Includes;

/// <summary>DocFX includes: [!INCLUDE[title](path)] as a block or inside a paragraph.</summary>
public sealed class IncludeExtension : IMarkdownExtension
{
    public void Setup(MarkdownPipelineBuilder pipeline)
    {
        if (!pipeline.BlockParsers.Contains<IncludeBlockParser>())
        {
            pipeline.BlockParsers.Insert(0, new IncludeBlockParser());
        }

        if (!pipeline.InlineParsers.Contains<IncludeInlineParser>())
        {
            pipeline.InlineParsers.InsertBefore<LinkInlineParser>(new IncludeInlineParser());
        }
    }

    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
        if (renderer is HtmlRenderer html)
        {
            html.ObjectRenderers.AddIfNotAlready<IncludeBlockRenderer>();
            html.ObjectRenderers.AddIfNotAlready<IncludeInlineRenderer>();
        }
    }
}

public static class IncludePipelineExtensions
{
    public static MarkdownPipelineBuilder UseDocfxIncludes(this MarkdownPipelineBuilder pipeline)
    {
        pipeline.Extensions.AddIfNotAlready<IncludeExtension>();
        return pipeline;
    }
}
