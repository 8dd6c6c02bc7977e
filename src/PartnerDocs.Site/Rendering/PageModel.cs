namespace PartnerDocs.Rendering;

/// <summary>What templates/default/page.sbn-html sees for one page. Strings are HTML-encoded when written; only <see cref="TrustedHtml"/> is not.</summary>
public sealed class PageModel : ChromeModel
{
    public required string Title { get; init; }
    public string? Description { get; init; }

    /// <summary>Rendered, already safe HTML of the topic body, written as is.</summary>
    public required TrustedHtml ContentHtml { get; init; }

    /// <summary>lang of the content element: the source's language on a fallback page.</summary>
    public required string ContentLang { get; init; }

    public IReadOnlyList<LinkModel> Breadcrumbs { get; init; } = [];
    public LinkModel? Previous { get; init; }
    public LinkModel? Next { get; init; }
    public bool HasPrevNext => Previous is not null || Next is not null;
    public IReadOnlyList<OutlineItem> Outline { get; init; } = [];
    public string? LastUpdated { get; init; }
    public string? LastUpdatedIso { get; init; }
    public IReadOnlyList<AlternateLink> Alternates { get; init; } = [];
    public string? CanonicalUrl { get; init; }
    /// <summary>Open Graph locale ("es_ES") and the locales of the page's real translations.</summary>
    public required string OgLocale { get; init; }
    public IReadOnlyList<string> OgLocaleAlternates { get; init; } = [];
    public bool IsFallback { get; init; }
    public bool IsStale { get; init; }

    /// <summary>A translation whose front matter says <c>ms.translationtype: MT</c>: the page says so and links the source.</summary>
    public bool IsMachineTranslated { get; init; }

    /// <summary>Link to the source-language page, for fallback and stale notices.</summary>
    public string? SourceHref { get; init; }
    public string? SourceLang { get; init; }
}

/// <summary>A link to a page; <see cref="Href"/> is null for a breadcrumb of a TOC group without a page.</summary>
public sealed record LinkModel(string Title, string? Href);

/// <summary>An "In this article" entry (h2, or h3 when <see cref="IsSub"/>).</summary>
public sealed record OutlineItem(string Text, string Id, bool IsSub);

/// <summary>
/// A language-switcher entry; <see cref="IsTranslated"/> is false for a fallback or missing page.
/// <see cref="SameTopic"/> says the link opens this topic (so site.js carries the #anchor over);
/// <see cref="Anchors"/> lists the target's heading ids when they differ from this page's, for mapping the anchor by position.
/// </summary>
public sealed record LanguageLink(string Locale, string Lang, string Name, string Href, bool IsCurrent, bool IsTranslated, bool SameTopic, string? Anchors);

/// <summary>An hreflang alternate; only real translations are listed, plus x-default (whose <see cref="Locale"/> is null).</summary>
public sealed record AlternateLink(string HrefLang, string Href, string? Locale);
