using PartnerDocs.Diagnostics;
using PartnerDocs.Markdown.RawHtml;

namespace PartnerDocs.Docsets;

/// <summary>The settings of partnerdocs.yml; every property has a sensible default when the file is absent.</summary>
public sealed class DocsetConfig
{
    public const string FileName = "partnerdocs.yml";

    public string? Title { get; init; }

    public string? SourceLocale { get; init; }

    public IReadOnlyList<string>? Locales { get; init; }

    /// <summary>Absolute site URL for canonical links, hreflang and the sitemap, ending with '/'.</summary>
    public string? BaseUrl { get; init; }

    /// <summary>
    /// Where the docset is published on its site ("/partner-center/"): site-absolute links under it are the docset's own
    /// pages, every other one is another site's. From basePath:, else baseUrl's path, else "/".
    /// </summary>
    public string BasePath { get; init; } = "/";

    /// <summary>
    /// externalPaths: site-absolute folders under <see cref="BasePath"/> that other docsets publish (Learn publishes
    /// /partner-center/develop/ from another repository); links into them are other sites' pages, not checked.
    /// </summary>
    public IReadOnlyList<string> ExternalPaths { get; init; } = [];

    public FallbackPolicy Fallback { get; init; } = FallbackPolicy.Fallback;

    /// <summary>
    /// imageFallback: the folder (docset-relative or absolute) the published site takes images from when a locale and the
    /// source locale lack them, like a localized repository's English original. Check looks missing images up there; when the
    /// folder is absent, it reports them once, as one note, instead of one error each.
    /// </summary>
    public string? ImageFallback { get; init; }

    /// <summary>The line of imageFallback in partnerdocs.yml, where the one note about it points.</summary>
    public int ImageFallbackLine { get; init; }

    /// <summary>Severity overrides per rule id (Severity.Off silences a rule).</summary>
    public IReadOnlyDictionary<string, Severity> RuleSeverities { get; init; } = new Dictionary<string, Severity>();

    /// <summary>Docset-relative path of the accepted-findings baseline for check.</summary>
    public string? Baseline { get; init; }

    /// <summary>`rawHtml: sanitize` (default) publishes raw HTML through the docs allow-list; `trusted` publishes it as written.</summary>
    public RawHtmlPolicy RawHtml { get; init; } = RawHtmlPolicy.Sanitize;

    /// <summary>Publish the translation status report at OUT/_status/index.html (off by default: not every site wants it public).</summary>
    public bool Status { get; init; }

    public static DocsetConfig Default { get; } = new();
}
