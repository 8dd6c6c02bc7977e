using System.Diagnostics;
using PartnerDocs.Rendering;
using PartnerDocs.Search;

namespace PartnerDocs.Site;

/// <summary>What search adds to a site: each locale's index and result data, the lunr scripts, and each locale's search.html.</summary>
public sealed class SiteSearch(SitePlan plan, IReadOnlyDictionary<string, LocaleSite> locales, TemplateSet templates, LunrAssets lunr)
{
    /// <summary>Writes search into <paramref name="root"/>: each locale's search.html and index, and the assets/lunr folder.</summary>
    /// <param name="withIndexes">False leaves the locales' indexes out, for serve to write them once the site is up (<see cref="SearchIndexWriter"/>).</param>
    public SearchBuildResult Write(string root, bool withIndexes = true)
    {
        var clock = Stopwatch.StartNew();
        var processCpu = Process.GetCurrentProcess().TotalProcessorTime;
        var (indexed, threadCpu) = withIndexes ? new SearchIndexWriter(plan, locales).Write(root) : (0, TimeSpan.Zero);
        var elapsed = clock.Elapsed;
        // Where threads cannot be timed, the process's CPU time stands in (right when nothing else runs meanwhile).
        var cpuTime = threadCpu ?? Process.GetCurrentProcess().TotalProcessorTime - processCpu;
        var profiles = locales.Values.ToDictionary(s => s.Locale.Name, s => LanguageProfile.ForLocale(s.Locale.Name));
        lunr.CopyTo(Path.Combine(root, "assets", "lunr"), profiles.Values);
        foreach (var site in locales.Values)
        {
            var model = new SearchPageModel
            {
                SiteTitle = site.Title,
                Locale = site.Locale.Name,
                Lang = LocaleFormats.BcpTag(site.Locale.Name),
                LocaleRoot = "",
                SiteRoot = "../",
                PagePath = "search.html",
                T = site.Strings.Values,
                HasSearch = true,
                Languages = plan.Docset.Locales.Select(l => new LanguageLink(l.Name, LocaleFormats.BcpTag(l.Name), LocaleFormats.NativeName(l.Name),
                    $"../{l.Name}/search.html", IsCurrent: l == site.Locale, IsTranslated: true, SameTopic: false, Anchors: null)).ToList(),
            };
            SiteFiles.WriteOnce(Path.Combine(root, site.Locale.Name, "search.html"), templates.Render("search", model));
        }

        var unstemmed = profiles.Where(p => !p.Value.HasStemmer).Select(p => p.Key).Order(StringComparer.Ordinal).ToList();
        return new SearchBuildResult(indexed, elapsed, cpuTime, unstemmed);
    }
}
