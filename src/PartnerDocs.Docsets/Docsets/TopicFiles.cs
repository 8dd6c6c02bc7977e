namespace PartnerDocs.Docsets;

/// <summary>Which files of a locale folder are topics, and which are includes and other resources.</summary>
public static class TopicFiles
{
    /// <summary>
    /// A file that may be a page: Markdown that is not a TOC (toc.md in any folder, any letter case), or a .yml other than
    /// toc.yml (a YAML page when it starts with ### YamlMime), and not under an "includes" folder.
    /// </summary>
    public static bool IsTopic(string path) =>
        (path.EndsWith(".md", StringComparison.OrdinalIgnoreCase) && !string.Equals(path[(path.LastIndexOf('/') + 1)..], "toc.md", StringComparison.OrdinalIgnoreCase)
            || YamlPages.YamlPageReader.IsCandidate(path))
        && !InIncludesFolder(path);

    // Whether a folder of the path (not its file name) is named "includes", in any letter case.
    private static bool InIncludesFolder(string path)
    {
        foreach (var segment in path.AsSpan(0, Math.Max(path.LastIndexOf('/'), 0)).Split('/'))
        {
            if (path.AsSpan(segment).Equals("includes", StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }
}
