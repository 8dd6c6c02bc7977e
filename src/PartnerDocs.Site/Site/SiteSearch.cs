using System.Diagnostics;
using PartnerDocs.Rendering;
using PartnerDocs.Search;

namespace PartnerDocs.Site;

/// <summary>What search adds to a site: each locale's index and result data, the lunr scripts, and each locale's search.html.</summary>
public sealed class SiteSearch(SitePlan plan, IReadOnlyDictionary<string, LocaleSite> locales, TemplateSet templates, LunrAssets lunr)
{
    public SearchBuildResult Write(string root)
    {
        var clock = Stopwatch.StartNew();
        var indexed = new SearchIndexWriter(plan, locales).Write(root);
        var elapsed = clock.Elapsed;
        lunr.CopyTo(Path.Combine(root, "assets", "lunr"), locales.Values.Select(s => LanguageProfile.ForLocale(s.Locale.Name).Language));
        foreach (var site in locales.Values)
        {
            var model = new
            {
                SiteTitle = plan.Docset.Title,
                Lang = LocaleFormats.BcpTag(site.Locale.Name),
                LocaleRoot = "",
                SiteRoot = "../",
                T = site.Strings.Values,
            };
            SiteBuilder.Write(Path.Combine(root, site.Locale.Name, "search.html"), templates.Render("search", model));
        }

        return new SearchBuildResult(indexed, elapsed);
    }
}
