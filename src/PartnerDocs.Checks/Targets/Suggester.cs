namespace PartnerDocs.Validation.Targets;

/// <summary>"Did you mean": the likeliest intended name among candidates for a name that does not exist.</summary>
internal static class Suggester
{
    /// <summary>
    /// The closest locale-relative file path: the same file name in another folder, then a name that only adds or
    /// drops a prefix or suffix ("China-read-your-bill.md" for "read-your-bill.md"), then the nearest by edit distance.
    /// </summary>
    public static string? ClosestFile(string missing, IEnumerable<string> files)
    {
        var extension = Path.GetExtension(missing);
        var name = FileName(missing);
        var candidates = files.Where(f => string.Equals(Path.GetExtension(f), extension, StringComparison.OrdinalIgnoreCase)).ToList();

        var sameName = candidates.Where(f => string.Equals(FileName(f), name, StringComparison.OrdinalIgnoreCase)).ToList();
        if (sameName.Count > 0)
        {
            return Nearest(missing, sameName, int.MaxValue / 2);
        }

        var stem = Path.GetFileNameWithoutExtension(name);
        var affixed = candidates.Where(f => IsAffixed(Path.GetFileNameWithoutExtension(FileName(f)), stem)).ToList();
        if (affixed.Count > 0)
        {
            return Nearest(missing, affixed, int.MaxValue / 2);
        }

        return Nearest(missing, candidates, Limit(missing));
    }

    /// <summary>The closest anchor id by edit distance, or null when none is near enough.</summary>
    public static string? ClosestAnchor(string missing, IEnumerable<string> ids)
    {
        var list = ids.ToList();
        var affixed = list.Where(id => IsAffixed(id, missing)).ToList();
        return affixed.Count > 0 ? Nearest(missing, affixed, int.MaxValue / 2) : Nearest(missing, list, Limit(missing));
    }

    private static string FileName(string path) => path[(path.LastIndexOf('/') + 1)..];

    private static int Limit(string text) => Math.Max(2, text.Length / 3);

    // One name is the other plus a separated prefix or suffix: "China-x" and "x", "x-old" and "x".
    private static bool IsAffixed(string a, string b)
    {
        if (a.Length == b.Length || Math.Min(a.Length, b.Length) < 3)
        {
            return false;
        }

        var (longer, shorter) = a.Length > b.Length ? (a, b) : (b, a);
        return (longer.EndsWith(shorter, StringComparison.OrdinalIgnoreCase) && IsSeparator(longer[longer.Length - shorter.Length - 1]))
            || (longer.StartsWith(shorter, StringComparison.OrdinalIgnoreCase) && IsSeparator(longer[shorter.Length]));
    }

    private static bool IsSeparator(char c) => c is '-' or '_' or '.' or ' ';

    private static string? Nearest(string missing, IEnumerable<string> candidates, int limit)
    {
        string? best = null;
        var bestDistance = limit + 1;
        foreach (var candidate in candidates.Order(StringComparer.Ordinal))
        {
            var distance = EditDistance.Compute(missing, candidate, Math.Min(limit, bestDistance));
            if (distance < bestDistance)
            {
                (best, bestDistance) = (candidate, distance);
            }
        }

        return best;
    }
}
