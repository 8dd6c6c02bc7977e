namespace PartnerDocs.Rendering;

/// <summary>What templates/default/index.sbn-html sees: OUT/index.html, which sends the reader to a locale.</summary>
public sealed class SiteIndexModel
{
    public required string SiteTitle { get; init; }
    public required string Lang { get; init; }
    public string SiteRoot => "";
    public string? CanonicalUrl { get; init; }
    public IReadOnlyList<AlternateLink> Alternates { get; init; } = [];

    /// <summary>One link per locale, source first, each with its "choose your language" prompt in that language.</summary>
    public required IReadOnlyList<LocaleChoice> Languages { get; init; }
}

public sealed record LocaleChoice(string Locale, string Lang, string Name, string Href, string Prompt);

/// <summary>
/// What templates/default/404.sbn-html sees. A 404 page is served at any depth, so links are root-relative when baseUrl is known
/// and the stylesheet is inlined rather than linked.
/// </summary>
public sealed class NotFoundModel : ChromeModel
{
    /// <summary>The site stylesheet, inserted as is: it comes from the template folder, not from content.</summary>
    public required TrustedHtml InlineCss { get; init; }
}
