using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using PartnerDocs.Paths;

namespace PartnerDocs.Tests.Hostile;

/// <summary>Reads every page of a built site and finds what readers must never get from topic content.</summary>
public static class SiteScan
{
    private static readonly HtmlParser Parser = new();
    private static readonly string[] UrlAttributes = ["href", "src", "action", "formaction", "xlink:href", "poster", "data"];

    public static IDocument Parse(string html) => Parser.ParseDocument(html);

    /// <summary>Unsafe-scheme URLs anywhere in the site's pages and navigation; scripts and event handlers inside article content.</summary>
    public static IReadOnlyList<string> Problems(string siteRoot)
    {
        var problems = new List<string>();
        if (!Directory.Exists(siteRoot))
        {
            return problems;
        }

        foreach (var file in Directory.EnumerateFiles(siteRoot, "*.html", SearchOption.AllDirectories))
        {
            var page = Parse(File.ReadAllText(file));
            problems.AddRange(UnsafeUrls(page).Select(p => $"{Path.GetRelativePath(siteRoot, file)}: {p}"));
            foreach (var element in page.QuerySelectorAll("article, article *"))
            {
                if (element.LocalName is "script" or "iframe" or "object" or "embed" or "form")
                {
                    problems.Add($"{Path.GetRelativePath(siteRoot, file)}: <{element.LocalName}> in the article");
                }

                problems.AddRange(element.Attributes
                    .Where(a => a.Name.StartsWith("on", StringComparison.OrdinalIgnoreCase))
                    .Select(a => $"{Path.GetRelativePath(siteRoot, file)}: {a.Name}= on <{element.LocalName}> in the article"));
            }
        }

        foreach (var nav in Directory.EnumerateFiles(siteRoot, "nav.js", SearchOption.AllDirectories))
        {
            var script = File.ReadAllText(nav);
            var html = System.Text.Json.JsonSerializer.Deserialize<string>(script[(script.IndexOf('=') + 1)..].Trim().TrimEnd(';'))!;
            problems.AddRange(UnsafeUrls(Parse(html)).Select(p => $"{Path.GetRelativePath(siteRoot, nav)}: {p}"));
        }

        return problems;
    }

    private static IEnumerable<string> UnsafeUrls(IDocument page) =>
        from element in page.All
        from attribute in element.Attributes
        where UrlAttributes.Contains(attribute.Name, StringComparer.OrdinalIgnoreCase) && UrlPolicy.IsUnsafe(attribute.Value)
        select $"{attribute.Name}=\"{attribute.Value}\" on <{element.LocalName}>";
}
