using PartnerDocs.Markdown;
using PartnerDocs.Topics;

namespace PartnerDocs.Rendering;

/// <summary>Rewrites docset links to site links: "a.md#x" becomes "a.html#x"; other URLs pass unchanged.</summary>
public static class SiteUrls
{
    public static string Rewrite(string url)
    {
        if (LinkUrl.IsExternal(url) || url.StartsWith('#'))
        {
            return url;
        }

        var end = url.IndexOfAny(['?', '#']);
        var path = end < 0 ? url : url[..end];
        return PagePaths.IsPageSource(path) ? PagePaths.ToHtml(path) + (end < 0 ? "" : url[end..]) : url;
    }
}
