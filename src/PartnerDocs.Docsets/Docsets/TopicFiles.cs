namespace PartnerDocs.Docsets;

/// <summary>Which files of a locale folder are topics, and which are includes and other resources.</summary>
public static class TopicFiles
{
    /// <summary>A Markdown file that is a page: not a TOC and not under an "includes" folder.</summary>
    public static bool IsTopic(string path) =>
        path.EndsWith(".md", StringComparison.OrdinalIgnoreCase)
        && !string.Equals(path, "TOC.md", StringComparison.OrdinalIgnoreCase)
        && !path.Split('/').SkipLast(1).Contains("includes", StringComparer.OrdinalIgnoreCase);
}
