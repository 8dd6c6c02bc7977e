using System.Collections.Concurrent;
using System.Text;
using PartnerDocs.Docsets;
using PartnerDocs.Rendering;
using PartnerDocs.Site;
using PartnerDocs.Toc;

namespace PartnerDocs.Preview;

/// <summary>
/// serve's incremental site: the current docset model, its <see cref="SiteRenderer"/>, and the files re-rendered (or
/// deleted) since the last full build, in memory; every other file is served from that build's folder. A topic change
/// re-renders that path's page in every locale (its own page, fallback copies, the others' language switcher and
/// staleness) and the navigation where the page appeared or went; a TOC edit re-renders the locale's navigation and only
/// the pages whose site title, breadcrumbs or previous/next changed.
/// </summary>
public sealed class LiveSite
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);
    private static readonly OverlayFile Deleted = new(Body: null);
    private readonly ConcurrentDictionary<string, OverlayFile> overlay = new(StringComparer.Ordinal);

    public LiveSite(TemplateSet templates, Docset docset, bool hasSearch)
    {
        Renderer = new SiteRenderer(templates, docset, hasSearch);
    }

    /// <summary>The current model's renderer (its plan and locales are what the search index is written from).</summary>
    public SiteRenderer Renderer { get; private set; }

    public Docset Docset => Renderer.Plan.Docset;

    /// <summary>A file changed since the full build, by site-relative path ("es-es/a.html"), else null (serve the folder's).</summary>
    public OverlayFile? Find(string file) => overlay.GetValueOrDefault(file);

    /// <summary>
    /// Applies the change of one docset file (docset-relative, '/'): reloads it into a new model and re-renders the files
    /// that show it; null when only a full rebuild can apply it. Call <see cref="RenderSitePages"/> afterwards.
    /// </summary>
    public SiteUpdate? Apply(string docsetPath)
    {
        if (DocsetReloader.Reload(Docset, docsetPath) is not { } change)
        {
            return null;
        }

        var previous = Renderer;
        var next = previous.Next(change.Docset);
        var locales = change.Docset.Locales.Select(l => l.Name).ToList();
        List<PagePlan> pages;
        List<string> navigations;
        if (change.TopicPath is { } path)
        {
            pages = locales.Select(l => next.Plan.Find(l, path)).OfType<PagePlan>().ToList();
            navigations = locales.Where(l => next.Locales[l].TocIndex.Find(path) is not null && previous.Availability(l, path) != next.Availability(l, path)).ToList();
            foreach (var gone in locales.Where(l => next.Plan.Find(l, path) is null).Select(l => previous.Plan.Find(l, path)).OfType<PagePlan>())
            {
                overlay[SiteRenderer.FileOf(gone)] = Deleted;
            }
        }
        else
        {
            var (before, after) = (previous.Locales[change.Locale], next.Locales[change.Locale]);
            pages = next.Plan.PagesOf(after.Locale).Where(page => ShowsTocDifferently(before, after, page.Path)).ToList();
            navigations = [change.Locale];
        }

        var files = navigations.Select(locale => (File: SiteRenderer.NavigationFileOf(locale), Render: (Func<string>)(() => next.Navigation(next.Locales[locale]))))
            .Concat(pages.Select(page => (File: SiteRenderer.FileOf(page), Render: (Func<string>)(() => next.Page(page)))));
        Parallel.ForEach(files, file => Store(file.File, file.Render()));

        Renderer = next;
        return new SiteUpdate(change.Locale, pages.Count + navigations.Count);
    }

    /// <summary>Re-renders the files that list every page (home, 404 pages, sitemap, status); apart, so edited pages are served first.</summary>
    public void RenderSitePages()
    {
        foreach (var (file, text) in Renderer.SitePages())
        {
            Store(file, text);
        }
    }

    private void Store(string file, string text) => overlay[file] = new OverlayFile(Utf8.GetBytes(text));

    // A page shows its locale's TOC through the site title, its breadcrumbs (its entry's ancestors) and its previous and
    // next links: where those entries have the same titles and links in both TOCs, the page is the same.
    private static bool ShowsTocDifferently(LocaleSite before, LocaleSite after, string path)
    {
        var (old, now) = (before.TocIndex, after.TocIndex);
        return before.Title != after.Title
            || !SameEntry(old.Previous(path), now.Previous(path))
            || !SameEntry(old.Next(path), now.Next(path))
            || (old.Find(path), now.Find(path)) switch
            {
                (null, null) => false,
                ({ } was, { } @is) => !old.Ancestors(was).Select(Entry).SequenceEqual(now.Ancestors(@is).Select(Entry)),
                _ => true,
            };
    }

    private static bool SameEntry(TocNode? was, TocNode? @is) => was is null ? @is is null : @is is not null && Entry(was) == Entry(@is);

    private static (string Title, string? Href) Entry(TocNode node) => (node.Title, node.PageHref);
}
