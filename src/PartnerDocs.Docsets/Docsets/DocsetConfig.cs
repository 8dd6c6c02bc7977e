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

    public FallbackPolicy Fallback { get; init; } = FallbackPolicy.Fallback;

    /// <summary>Severity overrides per rule id (Severity.Off silences a rule).</summary>
    public IReadOnlyDictionary<string, Severity> RuleSeverities { get; init; } = new Dictionary<string, Severity>();

    /// <summary>Docset-relative path of the accepted-findings baseline for check.</summary>
    public string? Baseline { get; init; }

    /// <summary>How many words of each topic's body go into the search index (title, headings and description always do).</summary>
    public int SearchBodyWords { get; init; } = DefaultSearchBodyWords;

    public const int DefaultSearchBodyWords = 400;

    /// <summary>`rawHtml: sanitize` (default) publishes raw HTML through the docs allow-list; `trusted` publishes it as written.</summary>
    public RawHtmlPolicy RawHtml { get; init; } = RawHtmlPolicy.Sanitize;

    /// <summary>Publish the translation status report at OUT/_status/index.html (off by default: not every site wants it public).</summary>
    public bool Status { get; init; }

    public static DocsetConfig Default { get; } = new();
}
