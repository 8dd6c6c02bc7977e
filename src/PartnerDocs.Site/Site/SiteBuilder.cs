using System.Text;
using System.Text.Json;
using PartnerDocs.Docsets;
using PartnerDocs.IO;
using PartnerDocs.Markdown;
using PartnerDocs.Progress;
using PartnerDocs.Rendering;
using PartnerDocs.Search;
using PartnerDocs.Translation.Status;

namespace PartnerDocs.Site;

/// <summary>
/// Orchestrates one build: plan the pages, render navigation once per locale, render pages in parallel, index them for search
/// (unless <c>lunr</c> is null), copy resources, swap the output in. <c>progress</c> hears of every page rendered; bodies
/// rendered while loading (<c>prerendered</c>) are not rendered again.
/// </summary>
public sealed class SiteBuilder(TemplateSet templates)
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    /// <summary>Where <c>status: true</c> publishes the translation status report (OUT/_status/index.html).</summary>
    public const string StatusFolder = "_status";

    public SiteBuildResult Build(Docset docset, string output, LunrAssets? lunr = null, IProgress<BuildProgress>? progress = null, PrerenderedBodies? prerendered = null)
    {
        using var folder = OutputFolder.Begin(output, docset.Root);
        var plan = new SitePlan(docset);
        var locales = docset.Locales.ToDictionary(l => l.Name, l => new LocaleSite(l, templates, docset.Title), StringComparer.Ordinal);
        var models = new PageModelFactory(plan, locales);
        var bodies = new BodyRenderer(docset, locale => locales[locale].Strings, prerendered);

        foreach (var site in locales.Values)
        {
            WriteNavigation(folder.Path, plan, site);
        }

        var pages = plan.AllPages.ToList();
        var rendered = 0;
        Parallel.ForEach(pages, page =>
        {
            var model = models.Create(page, bodies.Render(page.Topic), hasSearch: lunr is not null);
            Write(Path.Combine(folder.Path, page.Locale.Name, page.OutputPath), templates.Render("page", model));
            progress?.Report(new BuildProgress("rendering pages", Interlocked.Increment(ref rendered), pages.Count));
        });
        prerendered?.Clear(); // every page is written: the search index needs the memory more

        WriteSitePages(folder.Path, plan, locales.Values);
        SearchBuildResult? search = null;
        if (lunr is not null)
        {
            progress?.Report(new BuildProgress("writing the search index", 0, 0));
            search = new SiteSearch(plan, locales, templates, lunr).Write(folder.Path);
        }

        ResourceCopier.Copy(docset, templates, folder.Path);
        folder.Commit();
        return new SiteBuildResult(pages.Count, pages.Count(p => p.IsFallback), docset.Locales.Select(l => l.Name).ToList(), search);
    }

    // The navigation is one script per locale, so a 10,000-entry TOC is not copied into every page.
    private void WriteNavigation(string root, SitePlan plan, LocaleSite site)
    {
        var items = NavBuilder.Build(site.Locale.Toc, path => plan.Find(site.Locale.Name, path) switch
        {
            null => PageAvailability.Missing,
            { IsFallback: true } => PageAvailability.Fallback,
            _ => PageAvailability.Translated,
        });
        var html = templates.Render("nav", new NavModel(items, site.Strings.Values));
        Write(Path.Combine(root, site.Locale.Name, "nav.js"), $"window.partnerDocsNav = \"{JsonEncodedText.Encode(html)}\";\n");
    }

    private void WriteSitePages(string root, SitePlan plan, IEnumerable<LocaleSite> sites)
    {
        Write(Path.Combine(root, "index.html"), SiteIndexPage.Render(plan, templates));
        foreach (var site in sites)
        {
            Write(Path.Combine(root, site.Locale.Name, "404.html"), NotFoundPage.Render(plan, site, templates));
        }

        if (Sitemap.Render(plan) is { } sitemap)
        {
            Write(Path.Combine(root, "sitemap.xml"), sitemap);
        }

        Write(Path.Combine(root, "robots.txt"), RobotsTxt.Render(plan.Docset.Config.BaseUrl));
        if (plan.Docset.Config.Status && TranslationStatus.Compute(plan.Docset) is { } status)
        {
            Write(Path.Combine(root, StatusFolder, "index.html"), StatusHtml.Render(status, siteUrl: "../"));
        }
    }

    internal static void Write(string path, string content)
    {
        // After SIGTERM the staging folder is being deleted: do not recreate it.
        if (ExitCleanup.Stopping)
        {
            throw new OperationCanceledException("stopping");
        }

        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, content, Utf8);
    }
}
