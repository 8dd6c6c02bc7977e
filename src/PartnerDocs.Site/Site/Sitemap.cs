using System.Text;
using System.Xml;
using PartnerDocs.Rendering;

namespace PartnerDocs.Site;

/// <summary>
/// OUT/sitemap.xml with xhtml:link alternates. The sitemap protocol requires absolute URLs, so it exists only when baseUrl is set.
/// Fallback pages are left out: they are copies of the source page, not translations.
/// </summary>
public static class Sitemap
{
    private const string SitemapNs = "http://www.sitemaps.org/schemas/sitemap/0.9";
    private const string XhtmlNs = "http://www.w3.org/1999/xhtml";

    public static string? Render(SitePlan plan)
    {
        if (plan.Docset.Config.BaseUrl is not { } baseUrl)
        {
            return null;
        }

        var text = new StringBuilder();
        using (var xml = XmlWriter.Create(text, new XmlWriterSettings { Indent = true, Encoding = Encoding.UTF8 }))
        {
            xml.WriteStartDocument();
            xml.WriteStartElement("urlset", SitemapNs);
            xml.WriteAttributeString("xmlns", "xhtml", null, XhtmlNs);
            foreach (var locale in plan.Docset.Locales)
            {
                foreach (var page in plan.PagesOf(locale).Where(p => !p.IsFallback).OrderBy(p => p.Path, StringComparer.Ordinal))
                {
                    WriteUrl(xml, plan, page, baseUrl);
                }
            }

            xml.WriteEndElement();
        }

        return text.ToString().Replace("encoding=\"utf-16\"", "encoding=\"UTF-8\"") + "\n";
    }

    private static void WriteUrl(XmlWriter xml, SitePlan plan, PagePlan page, string baseUrl)
    {
        xml.WriteStartElement("url", SitemapNs);
        xml.WriteElementString("loc", SitemapNs, $"{baseUrl}{page.Locale.Name}/{page.OutputPath}");
        if (LocaleFormats.Date(page.Topic.FrontMatter.MsDate, page.Locale.Name) is { } date)
        {
            xml.WriteElementString("lastmod", SitemapNs, date.Iso);
        }

        var translations = plan.Docset.Locales.Where(l => plan.Find(l.Name, page.Path) is { IsFallback: false }).ToList();
        if (translations.Count > 1)
        {
            foreach (var locale in translations)
            {
                Alternate(xml, LocaleFormats.BcpTag(locale.Name), $"{baseUrl}{locale.Name}/{page.OutputPath}");
            }

            if (plan.Docset.Source is { } source && translations.Contains(source))
            {
                Alternate(xml, "x-default", $"{baseUrl}{source.Name}/{page.OutputPath}");
            }
        }

        xml.WriteEndElement();
    }

    private static void Alternate(XmlWriter xml, string hreflang, string href)
    {
        xml.WriteStartElement("xhtml", "link", XhtmlNs);
        xml.WriteAttributeString("rel", "alternate");
        xml.WriteAttributeString("hreflang", hreflang);
        xml.WriteAttributeString("href", href);
        xml.WriteEndElement();
    }
}
