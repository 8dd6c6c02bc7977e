using PartnerDocs.Paths;

namespace PartnerDocs.Rendering;

/// <summary>Rewrites docset links to site links: "a.md#x" becomes "a.html#x"; other URLs pass unchanged.</summary>
public static class SiteUrls
{
    public static string Rewrite(string url)
    {
        if (UrlParts.IsAbsolute(url) || url.StartsWith('#'))
        {
            return url;
        }

        var end = UrlParts.PathEnd(url);
        var path = url[..end];
        return DocsetPath.IsMarkdown(path) ? DocsetPath.ToHtml(path) + url[end..] : url;
    }
}
