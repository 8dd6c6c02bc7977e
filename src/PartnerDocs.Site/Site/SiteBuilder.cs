using PartnerDocs.Docsets;
using PartnerDocs.Markdown;
using PartnerDocs.Progress;
using PartnerDocs.Rendering;
using PartnerDocs.Search;

namespace PartnerDocs.Site;

/// <summary>
/// Orchestrates one build: render navigation once per locale and pages in parallel (<see cref="SiteRenderer"/>), index them for search
/// (unless <c>lunr</c> is null), copy resources, swap the output in. <c>progress</c> hears of every page rendered; bodies
/// rendered while loading (<c>prerendered</c>) are not rendered again.
/// </summary>
public sealed class SiteBuilder(TemplateSet templates)
{
    /// <summary>Where <c>status: true</c> publishes the translation status report (OUT/_status/index.html).</summary>
    public const string StatusFolder = "_status";

    /// <param name="searchIndexesLater">With <paramref name="lunr"/>: pages, search page and scripts as usual, but no locale's index yet (serve writes them in the background).</param>
    public SiteBuildResult Build(Docset docset, string output, LunrAssets? lunr = null, IProgress<BuildProgress>? progress = null, PrerenderedBodies? prerendered = null, bool searchIndexesLater = false)
    {
        using var folder = OutputFolder.Begin(output, docset.Root);
        var files = new SiteFiles();
        var buffer = new SiteFiles.FileBuffer();
        var renderer = new SiteRenderer(templates, docset, hasSearch: lunr is not null, prerendered);
        var plan = renderer.Plan;
        foreach (var site in renderer.Locales.Values)
        {
            files.Write(Path.Combine(folder.Path, SiteRenderer.NavigationFileOf(site.Locale.Name)), renderer.Navigation(site), buffer);
        }

        var pages = plan.AllPages.ToList();
        var rendered = 0;
        Parallel.ForEach(pages, () => new SiteFiles.FileBuffer(), (page, _, pageBuffer) =>
        {
            renderer.Page(page, pageBuffer.Page);
            files.Write(Path.Combine(folder.Path, SiteRenderer.FileOf(page)), pageBuffer.Page, pageBuffer);
            progress?.Report(new BuildProgress("rendering pages", Interlocked.Increment(ref rendered), pages.Count));
            return pageBuffer;
        }, _ => { });
        prerendered?.Clear(); // every page is written: the search index needs the memory more

        foreach (var (file, text) in renderer.SitePages())
        {
            files.Write(Path.Combine(folder.Path, file), text, buffer);
        }

        SearchBuildResult? search = null;
        if (lunr is not null)
        {
            progress?.Report(new BuildProgress("writing the search index", 0, 0));
            search = new SiteSearch(plan, renderer.Locales, templates, lunr).Write(folder.Path, withIndexes: !searchIndexesLater);
        }

        ResourceCopier.Copy(docset, templates, folder.Path);
        folder.Commit();
        return new SiteBuildResult(pages.Count, pages.Count(p => p.IsFallback), docset.Locales.Select(l => l.Name).ToList(), search);
    }
}
