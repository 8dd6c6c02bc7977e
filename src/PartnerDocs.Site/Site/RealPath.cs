namespace PartnerDocs.Site;

/// <summary>Absolute paths with every symbolic link on the way resolved, so two spellings of one folder compare equal.</summary>
internal static class RealPath
{
    public static string Of(string fullPath)
    {
        var root = Path.GetPathRoot(fullPath) ?? "/";
        var current = root;
        var parts = new Queue<string>(fullPath[root.Length..].Split(['/', '\\'], StringSplitOptions.RemoveEmptyEntries));
        var hops = 0;
        while (parts.TryDequeue(out var part))
        {
            var next = Path.Combine(current, part);
            var info = new DirectoryInfo(next);
            if (info.LinkTarget is { } link && ++hops < 40)
            {
                // Resolve the link's target, then walk what is left of the path from there.
                var resolved = Path.GetFullPath(link, current);
                var rest = parts.ToArray();
                parts = new Queue<string>(resolved[(Path.GetPathRoot(resolved)?.Length ?? 1)..].Split(['/', '\\'], StringSplitOptions.RemoveEmptyEntries).Concat(rest));
                current = Path.GetPathRoot(resolved) ?? "/";
                continue;
            }

            current = next;
        }

        return current;
    }

    public static bool IsSameOrInside(string path, string folder) =>
        path == folder || path.StartsWith(folder.TrimEnd('/', '\\') + Path.DirectorySeparatorChar, StringComparison.Ordinal);
}
