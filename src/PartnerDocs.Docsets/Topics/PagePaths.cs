namespace PartnerDocs.Topics;

/// <summary>The output layout contract: "a/b.md" is published as "a/b.html".</summary>
public static class PagePaths
{
    public static bool IsMarkdown(string path) => path.EndsWith(".md", StringComparison.OrdinalIgnoreCase);

    /// <summary>A file that becomes a page: Markdown, or a YAML page (.yml; index.yml is published as index.html).</summary>
    public static bool IsPageSource(string path) => IsMarkdown(path) || path.EndsWith(".yml", StringComparison.OrdinalIgnoreCase);

    public static string ToHtml(string path) => IsMarkdown(path) ? path[..^3] + ".html" : IsPageSource(path) ? path[..^4] + ".html" : path;

    /// <summary>The relative prefix from a page to its locale root: "a/b.html" gives "../".</summary>
    public static string ToLocaleRoot(string path) => string.Concat(Enumerable.Repeat("../", path.Count(c => c == '/')));

    /// <summary>Resolves a relative href against the folder of <paramref name="fromPath"/>; null when it climbs above the root.</summary>
    public static string? Resolve(string fromPath, string href)
    {
        var slash = fromPath.LastIndexOf('/');
        var parts = new List<string>(slash < 0 ? [] : fromPath[..slash].Split('/'));
        if (href.StartsWith('/'))
        {
            parts.Clear();
        }

        foreach (var part in href.Split('/', StringSplitOptions.RemoveEmptyEntries))
        {
            if (part == "..")
            {
                if (parts.Count == 0)
                {
                    return null;
                }

                parts.RemoveAt(parts.Count - 1);
            }
            else if (part != ".")
            {
                parts.Add(part);
            }
        }

        return string.Join('/', parts);
    }
}
