using System.Collections.Concurrent;
using PartnerDocs.Docsets;
using PartnerDocs.Markdown;
using PartnerDocs.Markdown.Includes;
using PartnerDocs.Rendering;

namespace PartnerDocs.Site;

/// <summary>How topic bodies become site HTML: alerts labelled in the topic's own language, .md links rewritten to .html.</summary>
public static class BodyRendering
{
    /// <summary>Load options that render every body while its syntax tree is at hand, so the model never holds all the trees.</summary>
    public static LoadOptions LoadOptions(TemplateSet templates)
    {
        var contexts = new ConcurrentDictionary<string, MarkdownRenderContext>(StringComparer.Ordinal);
        return new LoadOptions
        {
            RenderBody = (locale, includes) => contexts.GetOrAdd(locale, l => Context(templates.Strings(LocaleNames.Language(l)), includes)),
        };
    }

    public static MarkdownRenderContext Context(UiStrings strings, IncludeResolver includes) => new()
    {
        AlertLabel = kind => strings["alert." + kind],
        RewriteUrl = SiteUrls.Rewrite,
        Includes = includes,
    };
}
