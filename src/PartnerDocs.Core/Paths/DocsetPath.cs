namespace PartnerDocs.Paths;

/// <summary>
/// The arithmetic of docset paths: '/'-separated, relative to the docset root ("es-es/billing/invoice.md"), and of the
/// URLs written in topics. Every stage uses these helpers, so a path means the same thing in loading, check and render.
/// </summary>
public static class DocsetPath
{
    // The locale roots of the usual depths, made once: every page asks for its own.
    private static readonly string[] LocaleRoots = ["", "../", "../../", "../../../", "../../../../", "../../../../../"];

    /// <summary>"a/b/c.md" gives "a/b"; "c.md" gives "".</summary>
    public static string DirectoryOf(string path)
    {
        var slash = path.LastIndexOf('/');
        return slash < 0 ? "" : path[..slash];
    }

    public static string FileName(string path) => path[(path.LastIndexOf('/') + 1)..];

    public static string Join(string folder, string path) => folder.Length == 0 ? path : path.Length == 0 ? folder : folder + "/" + path;

    /// <summary>"es-es/a/b.md" gives ("es-es", "a/b.md"); a path without '/' has an empty tail.</summary>
    /// <summary>Whether <paramref name="path"/> lies in <paramref name="folder"/> ("en-us/a.md" in "en-us"); <paramref name="rest"/> is what follows "folder/".</summary>
    public static bool IsIn(string path, string folder, out ReadOnlySpan<char> rest)
    {
        var inFolder = path.Length > folder.Length && path[folder.Length] == '/' && path.StartsWith(folder, StringComparison.Ordinal);
        rest = inFolder ? path.AsSpan(folder.Length + 1) : [];
        return inFolder;
    }

    public static (string First, string Tail) SplitFirst(string path)
    {
        var slash = path.IndexOf('/');
        return slash < 0 ? (path, "") : (path[..slash], path[(slash + 1)..]);
    }

    /// <summary>
    /// Resolves <paramref name="path"/> (already '/'-separated and decoded) against <paramref name="folder"/>: "." and ".."
    /// collapse; null when ".." climbs above the root.
    /// </summary>
    public static string? Combine(string folder, string path)
    {
        // Nearly every link names a file below its folder ("a.md", "sub/b.md"): then the answer is the two joined.
        if (IsPlainRelative(path) && (folder.Length == 0 || IsPlainRelative(folder)))
        {
            return folder.Length == 0 ? path : string.Concat(folder, "/", path);
        }

        var segments = new List<string>(folder.Split('/', StringSplitOptions.RemoveEmptyEntries));
        foreach (var segment in path.Split('/', StringSplitOptions.RemoveEmptyEntries))
        {
            if (segment == "..")
            {
                if (segments.Count == 0)
                {
                    return null;
                }

                segments.RemoveAt(segments.Count - 1);
            }
            else if (segment != ".")
            {
                segments.Add(segment);
            }
        }

        return string.Join('/', segments);
    }

    // Segments without '.', '..' or empty ones, which Combine would keep as they are.
    private static bool IsPlainRelative(string path) =>
        path.Length > 0 && path[0] != '/' && path[^1] != '/' && !path.Contains("//", StringComparison.Ordinal)
        && !(path.StartsWith('.') && (path.Length == 1 || path[1] == '/' || (path[1] == '.' && (path.Length == 2 || path[2] == '/'))))
        && !path.Contains("/.", StringComparison.Ordinal);

    /// <summary>The relative href that leads from the file <paramref name="fromFile"/> to <paramref name="toFile"/>, both docset paths.</summary>
    public static string Relative(string fromFile, string toFile)
    {
        var from = fromFile.Split('/')[..^1];
        var to = toFile.Split('/');
        var common = 0;
        while (common < from.Length && common < to.Length - 1 && from[common] == to[common])
        {
            common++;
        }

        return string.Concat(Enumerable.Repeat("../", from.Length - common)) + string.Join('/', to[common..]);
    }

    public static bool IsMarkdown(string path) => path.EndsWith(".md", StringComparison.OrdinalIgnoreCase);

    /// <summary>A file that becomes a page: Markdown, or a YAML page (.yml: Landing and FAQ pages).</summary>
    public static bool IsPageSource(string path) => IsMarkdown(path) || path.EndsWith(".yml", StringComparison.OrdinalIgnoreCase);

    /// <summary>The output layout contract: "a/b.md" is published as "a/b.html", and so is the YAML page "a/b.yml".</summary>
    public static string ToHtml(string path) => IsMarkdown(path) ? path[..^3] + ".html" : IsPageSource(path) ? path[..^4] + ".html" : path;

    /// <summary>The relative prefix from a page to its locale root: "a/b.html" gives "../".</summary>
    public static string ToLocaleRoot(string path)
    {
        var depth = path.AsSpan().Count('/');
        return depth < LocaleRoots.Length ? LocaleRoots[depth] : string.Concat(Enumerable.Repeat("../", depth));
    }

    /// <summary>Rewrites a relative URL written in <paramref name="fromFile"/> so it works from <paramref name="toFile"/> (includes expand into pages in other folders).</summary>
    public static string Rebase(string url, string fromFile, string toFile)
    {
        if (DirectoryOf(fromFile) == DirectoryOf(toFile) || url.Length == 0 || url[0] is '#' or '/' or '~' || UrlParts.IsAbsolute(url))
        {
            return url;
        }

        var end = UrlParts.PathEnd(url);
        return Combine(DirectoryOf(fromFile), UrlParts.PathOf(url)) is { } target ? Relative(toFile, target) + url[end..] : url;
    }
}
