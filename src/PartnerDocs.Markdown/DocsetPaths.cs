namespace PartnerDocs.Markdown;

/// <summary>Docset-relative '/' paths: resolving relative references and rebasing URLs between files.</summary>
internal static class DocsetPaths
{
    /// <summary>The docset-relative path that <paramref name="path"/> written in <paramref name="fromFile"/> names, or null when it leaves the docset.</summary>
    public static string? Resolve(string fromFile, string path)
    {
        path = path.Replace('\\', '/');
        var rooted = path.StartsWith('/') || path.StartsWith("~/", StringComparison.Ordinal);
        var segments = rooted ? [] : new List<string>(DirectoryOf(fromFile).Split('/', StringSplitOptions.RemoveEmptyEntries));
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
            else if (segment is not ("." or "~"))
            {
                segments.Add(segment);
            }
        }

        return string.Join('/', segments);
    }

    /// <summary>Rewrites a relative URL written in <paramref name="fromFile"/> so it works from <paramref name="toFile"/>.</summary>
    public static string Rebase(string url, string fromFile, string toFile)
    {
        var fromDir = DirectoryOf(fromFile);
        var toDir = DirectoryOf(toFile);
        if (fromDir == toDir || url.Length == 0 || url[0] is '#' or '/' || LinkUrl.IsExternal(url))
        {
            return url;
        }

        var split = url.IndexOfAny(['?', '#']);
        var path = split < 0 ? url : url[..split];
        var target = Resolve(fromFile, path);
        if (target is null)
        {
            return url;
        }

        var targetParts = target.Split('/');
        var toParts = toDir.Split('/', StringSplitOptions.RemoveEmptyEntries);
        var common = 0;
        while (common < toParts.Length && common < targetParts.Length - 1 && toParts[common] == targetParts[common])
        {
            common++;
        }

        var ups = string.Concat(Enumerable.Repeat("../", toParts.Length - common));
        return ups + string.Join('/', targetParts[common..]) + (split < 0 ? "" : url[split..]);
    }

    public static string DirectoryOf(string file)
    {
        var slash = file.LastIndexOf('/');
        return slash < 0 ? "" : file[..slash];
    }
}
