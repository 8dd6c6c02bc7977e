using PartnerDocs.Diagnostics;
using PartnerDocs.Files;

namespace PartnerDocs.Toc;

/// <summary>
/// The names a TOC file may have, matched without regard to letter case (TOC.md, toc.md, TOC.yml, toc.yml): Markdown
/// wins over YAML, and among names that differ only in case the upper-case "TOC" wins, then ordinal order. TOCs are found
/// and read through the docset's <see cref="FileInventory"/>, so a symlink that leaves the docset is never read.
/// </summary>
internal static class TocFiles
{
    /// <summary>Every TOC file in <paramref name="folder"/> (a docset path), the one that wins first; empty when there is none.</summary>
    public static IReadOnlyList<string> FindAll(FileInventory files, string folder) =>
        files.FilesIn(folder)
            .Where(IsTocFileName)
            .OrderBy(name => IsMarkdown(name) ? 0 : 1)
            .ThenBy(name => name.StartsWith("TOC.", StringComparison.Ordinal) ? 0 : 1)
            .ThenBy(name => name, StringComparer.Ordinal)
            .ToList();

    /// <summary>The TOC file a folder reference means (see the class summary), or null.</summary>
    public static string? Find(FileInventory files, string folder) => FindAll(files, folder).FirstOrDefault();

    /// <summary>
    /// The file <paramref name="fileName"/> names in <paramref name="folder"/>: itself when it exists, else the one file whose
    /// name differs only in letter case (a docset written on a case-insensitive file system), else null.
    /// </summary>
    public static string? FindFile(FileInventory files, string folder, string fileName)
    {
        if (files.Contains(folder.Length == 0 ? fileName : folder + "/" + fileName))
        {
            return fileName;
        }

        var matches = files.FilesIn(folder).Where(name => string.Equals(name, fileName, StringComparison.OrdinalIgnoreCase)).ToList();
        return matches.Count == 1 ? matches[0] : null;
    }

    public static bool IsTocFileName(string fileName) =>
        fileName.Equals("toc.yml", StringComparison.OrdinalIgnoreCase) || fileName.Equals("toc.md", StringComparison.OrdinalIgnoreCase);

    public static bool IsMarkdown(string path) => path.EndsWith(".md", StringComparison.OrdinalIgnoreCase);

    /// <summary>Reads a TOC within the text-file limits; reports at <paramref name="reportAt"/> and returns null when it is not in the docset.</summary>
    public static string? ReadText(FileInventory files, string file, DiagnosticBag diagnostics, SourceLocation reportAt)
    {
        if (!files.Contains(file))
        {
            diagnostics.Add(Rules.TocUnreadable, Severity.Error, reportAt, $"cannot read {file}: the file does not exist");
            return null;
        }

        return TextFiles.Read(files, file, diagnostics, Rules.TocUnreadable);
    }
}
