namespace PartnerDocs.Site;

/// <summary>OUT/robots.txt: everything may be crawled; names the sitemap when baseUrl makes one.</summary>
public static class RobotsTxt
{
    public static string Render(string? baseUrl) =>
        "User-agent: *\nAllow: /\n" + (baseUrl is null ? "" : $"\nSitemap: {baseUrl}sitemap.xml\n");
}
