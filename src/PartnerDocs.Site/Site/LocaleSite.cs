using System.Collections.Concurrent;
using PartnerDocs.Docsets;
using PartnerDocs.Rendering;
using PartnerDocs.Toc;

namespace PartnerDocs.Site;

/// <summary>What every page of one locale shares, computed once per locale.</summary>
public sealed class LocaleSite
{
    // Each TOC entry's link as a site link, made once rather than on every page whose breadcrumbs or neighbours show it.
    private readonly ConcurrentDictionary<TocNode, string> siteHrefs;

    public LocaleSite(LocaleContent locale, TemplateSet templates, string docsetTitle)
    {
        Locale = locale;
        Title = HomeEntryTitle(locale.Toc) ?? docsetTitle;
        Strings = templates.Strings(locale.Language);
        TocIndex = new TocIndex(locale.Toc);
        siteHrefs = new(ReferenceEqualityComparer.Instance);
    }

    private LocaleSite(LocaleContent locale, LocaleSite previous)
    {
        Locale = locale;
        Title = previous.Title;
        Strings = previous.Strings;
        TocIndex = previous.TocIndex;
        siteHrefs = previous.siteHrefs;
    }

    public LocaleContent Locale { get; }

    /// <summary>The site's name in this locale's language: the TOC entry of the home page, else the docset title.</summary>
    public string Title { get; }

    public UiStrings Strings { get; }

    public TocIndex TocIndex { get; }

    /// <summary>The link of <paramref name="node"/>'s page (it has one) as a site link: "a.md" becomes "a.html" (<see cref="SiteUrls.Rewrite"/>).</summary>
    public string SiteHref(TocNode node) => siteHrefs.GetOrAdd(node, static n => SiteUrls.Rewrite(n.PageHref!));

    /// <summary>This locale's shared state for a new version of its content (serve's update): kept while its TOC is the same.</summary>
    public LocaleSite With(LocaleContent content, TemplateSet templates, string docsetTitle) =>
        content.Toc == Locale.Toc ? new LocaleSite(content, this) : new LocaleSite(content, templates, docsetTitle);

    private static string? HomeEntryTitle(TocTree toc) =>
        toc.Roots.FirstOrDefault() is { } first && TocIndex.PagePath(first) is "index.md" or "index.yml" ? first.Title : null;
}
