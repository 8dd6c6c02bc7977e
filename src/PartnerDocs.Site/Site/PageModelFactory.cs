using PartnerDocs.Paths;
using PartnerDocs.Docsets;
using PartnerDocs.Markdown;
using PartnerDocs.Rendering;
using PartnerDocs.Topics;

namespace PartnerDocs.Site;

/// <summary>Builds the template model of one page from the plan and its locale's shared state; no work grows with TOC size.</summary>
public sealed class PageModelFactory(SitePlan plan, IReadOnlyDictionary<string, LocaleSite> locales)
{
    private Docset Docset => plan.Docset;

    public PageModel Create(PagePlan page, TrustedHtml contentHtml, bool hasSearch)
    {
        var site = locales[page.Locale.Name];
        var localeRoot = DocsetPath.ToLocaleRoot(page.OutputPath);
        var source = Docset.Source;
        var sourceTopic = source?.Topics.GetValueOrDefault(page.Path);
        var date = LocaleFormats.Date(page.Topic.FrontMatter.MsDate, page.Locale.Name);
        var targets = Docset.Locales.Select(l => plan.Find(l.Name, page.Path)).ToArray(); // the page in each locale, in configured order
        var alternates = Alternates(page, targets);
        return new PageModel
        {
            SiteTitle = site.Title,
            Locale = page.Locale.Name,
            Lang = LocaleFormats.BcpTag(page.Locale.Name),
            Title = page.Topic.Title,
            Description = page.Topic.FrontMatter.Description,
            ContentHtml = contentHtml,
            ContentLang = LocaleFormats.BcpTag(page.Topic.Locale),
            LocaleRoot = localeRoot,
            SiteRoot = localeRoot + "../",
            PagePath = page.OutputPath,
            T = site.Strings.Values,
            Breadcrumbs = Breadcrumbs(site, page, localeRoot),
            Previous = Neighbour(site.TocIndex.Previous(page.Path), localeRoot),
            Next = Neighbour(site.TocIndex.Next(page.Path), localeRoot),
            Outline = page.Topic.Markdown.Headings.Where(h => h.Level is 2 or 3).Select(h => new OutlineItem(h.Text, h.Id, h.Level == 3)).ToList(),
            LastUpdated = date?.Text,
            LastUpdatedIso = date?.Iso,
            Languages = Languages(page, localeRoot, targets),
            Alternates = alternates,
            OgLocale = LocaleFormats.OpenGraphLocale(page.Locale.Name),
            OgLocaleAlternates = alternates.Where(a => a.Locale is not null && a.Locale != page.Locale.Name).Select(a => LocaleFormats.OpenGraphLocale(a.Locale!)).ToList(),
            CanonicalUrl = Absolute(page.Topic.Locale, page.OutputPath), // a fallback page is a copy of the source page: that is its canonical URL
            IsFallback = page.IsFallback,
            IsMachineTranslated = !page.IsFallback && sourceTopic is not null && page.Locale != source && string.Equals(page.Topic.FrontMatter.TranslationType, "MT", StringComparison.OrdinalIgnoreCase),
            IsStale = !page.IsFallback && sourceTopic is not null && page.Locale != source && Staleness.IsStale(page.Topic, sourceTopic),
            SourceHref = source is null || page.Locale == source ? null : $"{localeRoot}../{source.Name}/{page.OutputPath}",
            SourceLang = source is null ? null : LocaleFormats.BcpTag(source.Name),
            HasSearch = hasSearch,
        };
    }

    private static List<LinkModel> Breadcrumbs(LocaleSite site, PagePlan page, string localeRoot)
    {
        if (page.OutputPath == "index.html" || site.TocIndex.Find(page.Path) is not { } node)
        {
            return [];
        }

        var crumbs = site.TocIndex.Ancestors(node)
            .Select(a => new LinkModel(a.Title, a.PageHref is { } href && !UrlParts.IsAbsolute(href) ? localeRoot + SiteUrls.Rewrite(href) : null))
            .ToList();
        if (crumbs.FirstOrDefault()?.Href != localeRoot + "index.html")
        {
            crumbs.Insert(0, new LinkModel(site.Strings["home"], localeRoot + "index.html"));
        }

        return crumbs;
    }

    private static LinkModel? Neighbour(Toc.TocNode? node, string localeRoot) =>
        node?.PageHref is { } href ? new LinkModel(node.Title, localeRoot + SiteUrls.Rewrite(href)) : null;

    private List<LanguageLink> Languages(PagePlan page, string localeRoot, PagePlan?[] targets)
    {
        var ownIds = HeadingIds(page.Topic).ToList();
        var links = new List<LanguageLink>(targets.Length);
        for (var i = 0; i < targets.Length; i++)
        {
            var locale = Docset.Locales[i];
            var target = targets[i];
            var href = target is null ? $"{localeRoot}../{locale.Name}/index.html" : $"{localeRoot}../{locale.Name}/{page.OutputPath}";
            links.Add(new LanguageLink(locale.Name, LocaleFormats.BcpTag(locale.Name), LocaleFormats.NativeName(locale.Name), href,
                IsCurrent: locale == page.Locale, IsTranslated: target is { IsFallback: false }, SameTopic: target is not null, Anchors(ownIds, target?.Topic ?? page.Topic)));
        }

        return links;
    }

    // The target's heading ids when it has as many as this page but not the same: a list is made only then.
    private static string? Anchors(List<string> ownIds, Topic target)
    {
        var count = 0;
        var same = true;
        foreach (var id in HeadingIds(target))
        {
            same &= count < ownIds.Count && ownIds[count] == id;
            count++;
        }

        return count == ownIds.Count && !same ? string.Join(' ', HeadingIds(target)) : null;
    }

    private static IEnumerable<string> HeadingIds(Topic topic) =>
        topic.Markdown.Headings.Where(h => h.Level > 1 && h.Id.Length > 0).Select(h => h.Id);

    // hreflang claims only real translations: a fallback page is not one.
    private List<AlternateLink> Alternates(PagePlan page, PagePlan?[] targets)
    {
        var links = Docset.Locales
            .Where((_, i) => targets[i] is { IsFallback: false })
            .Select(l => new AlternateLink(LocaleFormats.BcpTag(l.Name), Absolute(l.Name, page.OutputPath) ?? "", l.Name))
            .Where(a => a.Href.Length > 0)
            .ToList();
        if (links.FirstOrDefault(l => l.Locale == Docset.Source?.Name) is { } source)
        {
            links.Add(source with { HrefLang = "x-default", Locale = null });
        }

        return links;
    }

    private string? Absolute(string locale, string outputPath) =>
        Docset.Config.BaseUrl is { } baseUrl ? $"{baseUrl}{locale}/{outputPath}" : null;
}
