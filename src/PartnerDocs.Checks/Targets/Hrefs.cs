namespace PartnerDocs.Validation.Targets;

/// <summary>Docset-relative '/' paths: splitting off the locale and writing a path back as a relative href.</summary>
internal static class Hrefs
{
    /// <summary>"es-es/a/b.md" gives ("es-es", "a/b.md"); a path without '/' has an empty rest.</summary>
    public static (string First, string Tail) SplitFirst(string docsetPath)
    {
        var slash = docsetPath.IndexOf('/');
        return slash < 0 ? (docsetPath, "") : (docsetPath[..slash], docsetPath[(slash + 1)..]);
    }

    /// <summary>The href that leads from <paramref name="fromFile"/> to <paramref name="toFile"/>, both docset-relative.</summary>
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
}
