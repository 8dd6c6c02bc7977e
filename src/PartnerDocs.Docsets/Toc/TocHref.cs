namespace PartnerDocs.Toc;

/// <summary>Path arithmetic on TOC hrefs: '/'-separated, relative to a TOC file's folder.</summary>
internal static class TocHref
{
    /// <summary>True for a path relative to the TOC's folder; false for URLs, rooted paths, "~/" paths and bare anchors.</summary>
    public static bool IsRelative(string href) =>
        href.Length > 0 && href[0] is not ('/' or '\\' or '#' or '?' or '~') && !HasScheme(href);

    /// <summary>True when the href names another TOC: a toc.yml or TOC.md file, or a folder ("sub/") holding one.</summary>
    public static bool IsTocReference(string href)
    {
        if (!IsRelative(href))
        {
            return false;
        }

        var path = PathPart(href);
        return path.EndsWith('/') || TocFiles.IsTocFileName(FileName(path));
    }

    /// <summary>The href without its query or fragment.</summary>
    public static string PathPart(string href)
    {
        var end = href.IndexOfAny(['?', '#']);
        return end < 0 ? href : href[..end];
    }

    /// <summary>Makes an href written in a nested TOC relative to the root TOC's folder; <paramref name="prefix"/> is the nested TOC's folder seen from there.</summary>
    public static string Rebase(string href, string prefix)
    {
        if (prefix.Length == 0 || !IsRelative(href))
        {
            return href;
        }

        var path = PathPart(href);
        return Normalize(Join(prefix, path)) + href[path.Length..];
    }

    public static string Join(string folder, string path) => folder.Length == 0 ? path : path.Length == 0 ? folder : folder + "/" + path;

    public static string FileName(string path) => path[(path.LastIndexOf('/') + 1)..];

    /// <summary>"a/b/c.md" -> "a/b"; "c.md" -> "".</summary>
    public static string Folder(string path)
    {
        var slash = path.LastIndexOf('/');
        return slash < 0 ? "" : path[..slash];
    }

    /// <summary>Collapses "." and ".." segments; ".." that climbs above the start is kept ("a/../../b" -> "../b").</summary>
    public static string Normalize(string path)
    {
        var segments = new List<string>();
        foreach (var segment in path.Split('/'))
        {
            if (segment is "" or ".")
            {
                continue;
            }

            if (segment == ".." && segments.Count > 0 && segments[^1] != "..")
            {
                segments.RemoveAt(segments.Count - 1);
            }
            else
            {
                segments.Add(segment);
            }
        }

        var normalized = string.Join('/', segments);
        return path.EndsWith('/') && normalized.Length > 0 ? normalized + "/" : normalized;
    }

    public static bool IsOutsideRoot(string normalizedPath) => normalizedPath == ".." || normalizedPath.StartsWith("../", StringComparison.Ordinal);

    // A URI scheme ("https:", "mailto:") per RFC 3986; a drive letter ("C:") also lands here, and is not relative either.
    private static bool HasScheme(string href)
    {
        var colon = href.IndexOf(':');
        return colon > 0
            && char.IsAsciiLetter(href[0])
            && href.AsSpan(0, colon).IndexOfAnyExcept("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789+.-") < 0;
    }
}
