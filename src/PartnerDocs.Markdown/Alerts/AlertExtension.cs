using Markdig;
using Markdig.Parsers.Inlines;
using Markdig.Renderers;

namespace PartnerDocs.Markdown.Alerts;

/// <summary>DocFX/GitHub alerts: &gt; [!NOTE], [!TIP], [!IMPORTANT], [!CAUTION], [!WARNING].</summary>
public sealed class AlertExtension : IMarkdownExtension
{
    public void Setup(MarkdownPipelineBuilder pipeline)
    {
        if (!pipeline.InlineParsers.Contains<AlertInlineParser>())
        {
            pipeline.InlineParsers.InsertBefore<LinkInlineParser>(new AlertInlineParser());
        }
    }

    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
        if (renderer is HtmlRenderer html && !html.ObjectRenderers.Contains<AlertBlockRenderer>())
        {
            html.ObjectRenderers.Insert(0, new AlertBlockRenderer());
        }
    }

    /// <summary>The English labels used when the caller supplies none.</summary>
    public static string EnglishLabel(string kind) => kind switch
    {
        "tip" => "Tip",
        "important" => "Important",
        "caution" => "Caution",
        "warning" => "Warning",
        _ => "Note",
    };
}

public static class AlertPipelineExtensions
{
    public static MarkdownPipelineBuilder UseDocfxAlerts(this MarkdownPipelineBuilder pipeline)
    {
        pipeline.Extensions.AddIfNotAlready<AlertExtension>();
        return pipeline;
    }
}
