using System.Collections.Concurrent;
using PartnerDocs.Paths;
using PartnerDocs.Docsets;
using PartnerDocs.Markdown;
using PartnerDocs.Rendering;
using PartnerDocs.Topics;

namespace PartnerDocs.Site;

/// <summary>
/// Builds the template model of one page from the plan and its locale's shared state; no work grows with TOC size. It runs
/// for every page, so it allocates little: plain loops, lists indexed rather than enumerated through their interface, and
/// a topic's output path (made on each read) read once.
/// </summary>
public sealed class PageModelFactory(SitePlan plan, IReadOnlyDictionary<string, LocaleSite> locales)
{
    private Docset Docset => plan.Docset;

    private readonly ConcurrentDictionary<Topic, HeadingAnchorIds> headingIds = new(ReferenceEqualityComparer.Instance);

    public PageModel Create(PagePlan page, TrustedHtml contentHtml, bool hasSearch)
    {
        var site = locales[page.Locale.Name];
        var outputPath = page.OutputPath;
        var localeRoot = DocsetPath.ToLocaleRoot(outputPath);
        var source = Docset.Source;
        var sourceTopic = source?.Topics.GetValueOrDefault(page.Path);
        var date = LocaleFormats.Date(page.Topic.FrontMatter.MsDate, page.Locale.Name);
        var targets = Targets(page);
        var alternates = Alternates(outputPath, targets);
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
            PagePath = outputPath,
            T = site.Strings.Values,
            Breadcrumbs = Breadcrumbs(site, page, outputPath, localeRoot),
            Previous = Neighbour(site, site.TocIndex.Previous(page.Path), localeRoot),
            Next = Neighbour(site, site.TocIndex.Next(page.Path), localeRoot),
            Outline = Outline(page.Topic),
            LastUpdated = date?.Text,
            LastUpdatedIso = date?.Iso,
            Languages = Languages(page, outputPath, localeRoot, targets),
            Alternates = alternates,
            OgLocale = LocaleFormats.OpenGraphLocale(page.Locale.Name),
            OgLocaleAlternates = OgLocaleAlternates(alternates, page.Locale.Name),
            CanonicalUrl = Absolute(page.Topic.Locale, outputPath), // a fallback page is a copy of the source page: that is its canonical URL
            IsFallback = page.IsFallback,
            IsMachineTranslated = !page.IsFallback && sourceTopic is not null && page.Locale != source && string.Equals(page.Topic.FrontMatter.TranslationType, "MT", StringComparison.OrdinalIgnoreCase),
            IsStale = !page.IsFallback && sourceTopic is not null && page.Locale != source && Staleness.IsStale(page.Topic, sourceTopic),
            SourceHref = source is null || page.Locale == source ? null : $"{localeRoot}../{source.Name}/{outputPath}",
            SourceLang = source is null ? null : LocaleFormats.BcpTag(source.Name),
            HasSearch = hasSearch,
        };
    }

    // The page in each locale, in configured order.
    private PagePlan?[] Targets(PagePlan page)
    {
        var targets = new PagePlan?[Docset.Locales.Count];
        for (var i = 0; i < targets.Length; i++)
        {
            targets[i] = plan.Find(Docset.Locales[i], page.Path);
        }

        return targets;
    }

    private static List<LinkModel> Breadcrumbs(LocaleSite site, PagePlan page, string outputPath, string localeRoot)
    {
        if (outputPath == "index.html" || site.TocIndex.Find(page.Path) is not { } node)
        {
            return [];
        }

        var ancestors = site.TocIndex.Ancestors(node);
        var crumbs = new List<LinkModel>(ancestors.Count + 1);
        for (var i = 0; i < ancestors.Count; i++)
        {
            var ancestor = ancestors[i];
            crumbs.Add(new LinkModel(ancestor.Title, ancestor.PageHref is { } href && !UrlParts.IsAbsolute(href) ? localeRoot + site.SiteHref(ancestor) : null));
        }

        var home = localeRoot + "index.html";
        if (crumbs.Count == 0 || crumbs[0].Href != home)
        {
            crumbs.Insert(0, new LinkModel(site.Strings["home"], home));
        }

        return crumbs;
    }

    private static LinkModel? Neighbour(LocaleSite site, Toc.TocNode? node, string localeRoot) =>
        node?.PageHref is not null ? new LinkModel(node.Title, localeRoot + site.SiteHref(node)) : null;

    // The "In this article" entries: h2 and h3.
    private static List<OutlineItem> Outline(Topic topic)
    {
        var outline = new List<OutlineItem>();
        var headings = topic.Markdown.Headings;
        for (var i = 0; i < headings.Count; i++)
        {
            var heading = headings[i];
            if (heading.Level is 2 or 3)
            {
                outline.Add(new OutlineItem(heading.Text, heading.Id, heading.Level == 3));
            }
        }

        return outline;
    }

    private List<LanguageLink> Languages(PagePlan page, string outputPath, string localeRoot, PagePlan?[] targets)
    {
        var ownIds = HeadingIdsOf(page.Topic);
        var links = new List<LanguageLink>(targets.Length);
        for (var i = 0; i < targets.Length; i++)
        {
            var locale = Docset.Locales[i];
            var target = targets[i];
            var href = target is null ? $"{localeRoot}../{locale.Name}/index.html" : $"{localeRoot}../{locale.Name}/{outputPath}";
            links.Add(new LanguageLink(locale.Name, LocaleFormats.BcpTag(locale.Name), LocaleFormats.NativeName(locale.Name), href,
                IsCurrent: locale == page.Locale, IsTranslated: target is { IsFallback: false }, SameTopic: target is not null, Anchors(ownIds, target?.Topic ?? page.Topic)));
        }

        return links;
    }

    // The target's heading ids when it has as many as this page but not the same.
    private string? Anchors(HeadingAnchorIds ownIds, Topic target) =>
        HeadingIdsOf(target) is var ids && ids.Ids.Length == ownIds.Ids.Length && !ids.Ids.AsSpan().SequenceEqual(ownIds.Ids) ? ids.Joined : null;

    // Each topic's ids are gathered once, not once per page of each locale that offers it in the switcher.
    private HeadingAnchorIds HeadingIdsOf(Topic topic) => headingIds.GetOrAdd(topic, static topic =>
    {
        var ids = new List<string>();
        var headings = topic.Markdown.Headings;
        for (var i = 0; i < headings.Count; i++)
        {
            var heading = headings[i];
            if (IsLinkable(heading))
            {
                ids.Add(heading.Id);
            }
        }

        return new HeadingAnchorIds([.. ids], string.Join(' ', ids));
    });

    private static bool IsLinkable(HeadingInfo heading) => heading.Level > 1 && heading.Id.Length > 0;

    // hreflang claims only real translations: a fallback page is not one.
    private List<AlternateLink> Alternates(string outputPath, PagePlan?[] targets)
    {
        var links = new List<AlternateLink>();
        if (Docset.Config.BaseUrl is null)
        {
            return links; // no absolute URL to give
        }

        AlternateLink? sourceLink = null;
        for (var i = 0; i < targets.Length; i++)
        {
            var locale = Docset.Locales[i].Name;
            if (targets[i] is { IsFallback: false } && Absolute(locale, outputPath) is { Length: > 0 } href)
            {
                var link = new AlternateLink(LocaleFormats.BcpTag(locale), href, locale);
                links.Add(link);
                sourceLink ??= locale == Docset.Source?.Name ? link : null;
            }
        }

        if (sourceLink is not null)
        {
            links.Add(sourceLink with { HrefLang = "x-default", Locale = null });
        }

        return links;
    }

    private static List<string> OgLocaleAlternates(List<AlternateLink> alternates, string locale)
    {
        var openGraph = new List<string>();
        foreach (var alternate in alternates)
        {
            if (alternate.Locale is { } other && other != locale)
            {
                openGraph.Add(LocaleFormats.OpenGraphLocale(other));
            }
        }

        return openGraph;
    }

    private string? Absolute(string locale, string outputPath) =>
        Docset.Config.BaseUrl is { } baseUrl ? $"{baseUrl}{locale}/{outputPath}" : null;
}

/// <summary>A topic's linkable heading ids (below its title), and joined by spaces as the switcher's data-anchors gives them.</summary>
internal sealed record HeadingAnchorIds(string[] Ids, string Joined);
