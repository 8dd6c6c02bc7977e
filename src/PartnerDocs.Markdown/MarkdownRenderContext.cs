using PartnerDocs.Markdown.Alerts;
using PartnerDocs.Markdown.Includes;

namespace PartnerDocs.Markdown;

/// <summary>What a page render needs from its caller: UI strings, include expansion and URL rewriting.</summary>
public sealed class MarkdownRenderContext
{
    public static MarkdownRenderContext Default { get; } = new();

    /// <summary>The alert title in the page's language, by lowercase kind (note, tip, important, caution, warning).</summary>
    public Func<string, string> AlertLabel { get; init; } = AlertExtension.EnglishLabel;

    /// <summary>Expands [!INCLUDE] relative to the rendered document's file; without it includes render nothing.</summary>
    public IncludeExpander? Includes { get; init; }

    /// <summary>Applied to every link href and image src (Markdown, :::image and raw HTML), e.g. x.md#a -> x.html#a.</summary>
    public Func<string, string> RewriteUrl { get; init; } = url => url;
}
