using System.Collections.Concurrent;
using Markdig;

namespace PartnerDocs.Markdown;

/// <summary>
/// Renderers of one pipeline kept between pages: each holds a few dozen object renderers and an output buffer grown to page
/// size, which a fresh renderer per page allocated again (a fifth of a large build's allocations were body rendering).
/// </summary>
internal sealed class RendererPool(MarkdownPipeline pipeline)
{
    // A renderer whose page grew its buffer past this is dropped rather than kept holding the memory.
    private const int MaxKeptChars = 1 << 20;

    private readonly ConcurrentBag<DocsHtmlRenderer> idle = [];

    public DocsHtmlRenderer Rent(MarkdownRenderContext context, string file)
    {
        if (!idle.TryTake(out var renderer))
        {
            renderer = new DocsHtmlRenderer(new StringWriter());
            pipeline.Setup(renderer);
        }

        renderer.Start(context, file);
        return renderer;
    }

    /// <summary>Takes back a renderer that finished its page; one that failed part-way is not returned (its state is unknown).</summary>
    public void Return(DocsHtmlRenderer renderer)
    {
        if (renderer.Output.Capacity <= MaxKeptChars)
        {
            idle.Add(renderer);
        }
    }
}
