using PartnerDocs.Rendering;

namespace PartnerDocs.Site;

/// <summary>OUT/index.html: picks the reader's locale with a script, and lists every locale for readers without one.</summary>
public static class SiteIndexPage
{
    public static string Render(SitePlan plan, TemplateSet templates)
    {
        var docset = plan.Docset;
        var ordered = docset.Locales.OrderBy(l => l == docset.Source ? 0 : 1).ToList();
        var baseUrl = docset.Config.BaseUrl;
        var alternates = baseUrl is null
            ? []
            : ordered.Select(l => new AlternateLink(LocaleFormats.BcpTag(l.Name), $"{baseUrl}{l.Name}/index.html", l.Name))
                .Append(new AlternateLink("x-default", baseUrl, null)).ToList();
        return templates.Render("index", new SiteIndexModel
        {
            SiteTitle = docset.Title,
            Lang = LocaleFormats.BcpTag(docset.Source?.Name ?? "en"),
            CanonicalUrl = baseUrl,
            Alternates = alternates,
            Languages = ordered.Select(l => new LocaleChoice(l.Name, LocaleFormats.BcpTag(l.Name), LocaleFormats.NativeName(l.Name),
                $"{l.Name}/index.html", templates.Strings(l.Language)["chooseLanguage"])).ToList(),
        });
    }
}
