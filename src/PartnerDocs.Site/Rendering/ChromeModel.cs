namespace PartnerDocs.Rendering;

/// <summary>
/// What every locale page shares, for the header, language switcher, navigation and search box partials. Strings are
/// HTML-encoded when a template writes them; URLs here are relative (or root-relative on 404 pages) and already safe.
/// </summary>
public abstract class ChromeModel
{
    /// <summary>The site's name in the page's language.</summary>
    public required string SiteTitle { get; init; }

    /// <summary>The locale folder name ("es-es") and its BCP 47 tag for lang attributes ("es-ES").</summary>
    public required string Locale { get; init; }
    public required string Lang { get; init; }

    /// <summary>Prefix from this page to its locale folder ("../" or ""), and to the site root, where assets/ lives.</summary>
    public required string LocaleRoot { get; init; }
    public required string SiteRoot { get; init; }

    /// <summary>The page's path inside the locale folder ("billing/a.html"); the navigation marks the entry that links it.</summary>
    public required string PagePath { get; init; }

    /// <summary>UI strings of the page's language, English filling gaps: <c>{{ T.menu }}</c>.</summary>
    public required IReadOnlyDictionary<string, string> T { get; init; }

    /// <summary>The language switcher, one entry per locale in configured order.</summary>
    public IReadOnlyList<LanguageLink> Languages { get; init; } = [];

    /// <summary>The site was built with search: pages show the search box.</summary>
    public bool HasSearch { get; init; }
}

/// <summary>What templates/default/search.sbn-html sees: OUT/&lt;locale&gt;/search.html, the results page search.js fills from ?q=.</summary>
public sealed class SearchPageModel : ChromeModel;
