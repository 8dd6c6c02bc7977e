using System.Text;
using System.Text.Json;
using PartnerDocs.Docsets;
using PartnerDocs.Rendering;
using PartnerDocs.Translation.Status;

namespace PartnerDocs.Site;

/// <summary>
/// Renders the files of one docset model's site (pages, navigation scripts, site pages) as text, each on its own: the
/// site build writes them all, serve re-renders only those an edit touches. Both get the same bytes from the same code.
/// </summary>
public sealed class SiteRenderer
{
    private readonly TemplateSet templates;
    private readonly PageModelFactory models;
    private readonly BodyRenderer bodies;
    private readonly bool hasSearch;
    private readonly PartialCache partials = new(); // of this model only: serve's next model may change what the keys stand for

    /// <param name="prerendered">Bodies rendered while loading (a build's), used instead of rendering them again.</param>
    public SiteRenderer(TemplateSet templates, Docset docset, bool hasSearch, PrerenderedBodies? prerendered = null)
        : this(templates, docset, hasSearch, prerendered, previous: null)
    {
    }

    private SiteRenderer(TemplateSet templates, Docset docset, bool hasSearch, PrerenderedBodies? prerendered, IReadOnlyDictionary<string, LocaleSite>? previous)
    {
        this.templates = templates;
        this.hasSearch = hasSearch;
        Plan = new SitePlan(docset);
        Locales = docset.Locales.ToDictionary(l => l.Name, l => previous?.GetValueOrDefault(l.Name) is { } site ? site.With(l, templates, docset.Title) : new LocaleSite(l, templates, docset.Title), StringComparer.Ordinal);
        models = new PageModelFactory(Plan, Locales);
        bodies = new BodyRenderer(docset, locale => Locales[locale].Strings, prerendered);
    }

    public SitePlan Plan { get; }

    public IReadOnlyDictionary<string, LocaleSite> Locales { get; }

    /// <summary>The renderer of a new model of the same docset (serve's update): each locale whose TOC is unchanged keeps its TOC index.</summary>
    public SiteRenderer Next(Docset docset) => new(templates, docset, hasSearch, prerendered: null, Locales);

    /// <summary>The site-relative file of a page ("es-es/billing.html").</summary>
    public static string FileOf(PagePlan page) => page.Locale.Name + "/" + page.OutputPath;

    /// <summary>The site-relative file of a locale's navigation script.</summary>
    public static string NavigationFileOf(string locale) => locale + "/nav.js";

    public string Page(PagePlan page)
    {
        var html = new StringBuilder();
        templates.Render("page", models.Create(page, bodies.Render(page.Topic), hasSearch), html, partials);
        return html.ToString();
    }

    /// <summary>Renders the page into <paramref name="output"/> (the build's way: no page-sized string, the body stays UTF-8).</summary>
    public void Page(PagePlan page, PageText output) => templates.Render("page", models.Create(page, bodies.Render(page.Topic), hasSearch), output, partials);

    // The navigation is one script per locale, so a 10,000-entry TOC is not copied into every page.
    public string Navigation(LocaleSite site)
    {
        var items = NavBuilder.Build(site.Locale.Toc, path => Availability(site.Locale.Name, path));
        var html = templates.Render("nav", new NavModel(items, site.Strings.Values));
        return $"window.partnerDocsNav = \"{JsonEncodedText.Encode(html)}\";\n";
    }

    /// <summary>How the navigation of <paramref name="locale"/> shows the page at <paramref name="path"/>.</summary>
    public PageAvailability Availability(string locale, string path) => Plan.Find(locale, path) switch
    {
        null => PageAvailability.Missing,
        { IsFallback: true } => PageAvailability.Fallback,
        _ => PageAvailability.Translated,
    };

    /// <summary>The home page, each locale's 404 page, the sitemap, robots.txt and, with <c>status: true</c>, the translation status report.</summary>
    public IEnumerable<(string File, string Text)> SitePages()
    {
        yield return ("index.html", SiteIndexPage.Render(Plan, templates));
        foreach (var site in Locales.Values)
        {
            yield return (site.Locale.Name + "/404.html", NotFoundPage.Render(Plan, site, templates));
        }

        if (Sitemap.Render(Plan) is { } sitemap)
        {
            yield return ("sitemap.xml", sitemap);
        }

        yield return ("robots.txt", RobotsTxt.Render(Plan.Docset.Config.BaseUrl));
        if (Plan.Docset.Config.Status && TranslationStatus.Compute(Plan.Docset) is { } status)
        {
            yield return (SiteBuilder.StatusFolder + "/index.html", StatusHtml.Render(status, siteUrl: "../"));
        }
    }
}
