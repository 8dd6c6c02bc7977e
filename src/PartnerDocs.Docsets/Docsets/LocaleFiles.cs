namespace PartnerDocs.Docsets;

/// <summary>Which files of a locale folder are topics, includes and other resources.</summary>
public static class LocaleFiles
{
    /// <summary>Every file under the folder, locale-relative with '/', skipping hidden files and folders.</summary>
    public static IReadOnlySet<string> List(string localeFolder)
    {
        var files = new HashSet<string>(StringComparer.Ordinal);
        if (!Directory.Exists(localeFolder))
        {
            return files;
        }

        var options = new EnumerationOptions { RecurseSubdirectories = true, AttributesToSkip = FileAttributes.Hidden | FileAttributes.System, IgnoreInaccessible = true };
        foreach (var path in Directory.EnumerateFiles(localeFolder, "*", options))
        {
            var relative = Path.GetRelativePath(localeFolder, path).Replace('\\', '/');
            if (!relative.Split('/').Any(part => part.StartsWith('.')))
            {
                files.Add(relative);
            }
        }

        return files;
    }

    /// <summary>
    /// A file that may be a page: Markdown that is not a TOC (toc.md in any folder, any letter case), or a .yml other than
    /// toc.yml (a YAML page when it starts with ### YamlMime), and not under an "includes" folder.
    /// </summary>
    public static bool IsTopic(string path) =>
        (path.EndsWith(".md", StringComparison.OrdinalIgnoreCase) && !string.Equals(path[(path.LastIndexOf('/') + 1)..], "toc.md", StringComparison.OrdinalIgnoreCase)
            || YamlPages.YamlPageReader.IsCandidate(path))
        && !path.Split('/').SkipLast(1).Contains("includes", StringComparer.OrdinalIgnoreCase);
}
