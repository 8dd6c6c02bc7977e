using PartnerDocs.Rendering;

namespace PartnerDocs.Site;

/// <summary>OUT/&lt;locale&gt;/404.html in the locale's language, linking to every locale's home page.</summary>
public static class NotFoundPage
{
    public static string Render(SitePlan plan, LocaleSite site, TemplateSet templates)
    {
        var docset = plan.Docset;
        // A server shows a 404 page at the missing URL's depth, so relative links only work from the locale folder itself.
        var siteRoot = docset.Config.BaseUrl is { } baseUrl ? new Uri(baseUrl).AbsolutePath : "../";
        return templates.Render("404", new NotFoundModel
        {
            InlineCss = new TrustedHtml(templates.AssetText("site.css").Replace("</", "<\\/")),
            SiteTitle = site.Title,
            Locale = site.Locale.Name,
            Lang = LocaleFormats.BcpTag(site.Locale.Name),
            SiteRoot = siteRoot,
            LocaleRoot = $"{siteRoot}{site.Locale.Name}/",
            PagePath = "404.html",
            T = site.Strings.Values,
            Languages = docset.Locales.Select(l => new LanguageLink(l.Name, LocaleFormats.BcpTag(l.Name), LocaleFormats.NativeName(l.Name),
                $"{siteRoot}{l.Name}/index.html", IsCurrent: l == site.Locale, IsTranslated: true, SameTopic: false, Anchors: null)).ToList(),
        });
    }
}
