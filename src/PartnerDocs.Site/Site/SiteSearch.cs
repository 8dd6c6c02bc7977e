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
            SiteBuilder.Write(Path.Combine(root, site.Locale.Name, "search.html"), templates.Render("search", model));
        }

        return new SearchBuildResult(indexed, elapsed);
    }
}
