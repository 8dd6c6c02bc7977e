using System.Text;
using PartnerDocs.Diagnostics;

namespace PartnerDocs.Toc;

/// <summary>
/// The names a TOC file may have, matched without regard to letter case (TOC.md, toc.md, TOC.yml, toc.yml): Markdown
/// wins over YAML, and among names that differ only in case the upper-case "TOC" wins, then ordinal order.
/// </summary>
internal static class TocFiles
{
    /// <summary>Every TOC file in <paramref name="folder"/>, the one that wins first; empty when there is none.</summary>
    public static IReadOnlyList<string> FindAll(string folder)
    {
        if (!Directory.Exists(folder))
        {
            return [];
        }

        return Directory.EnumerateFiles(folder)
            .Select(Path.GetFileName)
            .OfType<string>()
            .Where(IsTocFileName)
            .OrderBy(name => IsMarkdown(name) ? 0 : 1)
            .ThenBy(name => name.StartsWith("TOC.", StringComparison.Ordinal) ? 0 : 1)
            .ThenBy(name => name, StringComparer.Ordinal)
            .ToList();
    }

    /// <summary>The TOC file a folder reference means (see the class summary), or null.</summary>
    public static string? Find(string folder) => FindAll(folder).FirstOrDefault();

    /// <summary>
    /// The file <paramref name="fileName"/> names in <paramref name="folder"/>: itself when it exists, else the one file whose
    /// name differs only in letter case (a docset written on a case-insensitive file system), else null.
    /// </summary>
    public static string? FindFile(string folder, string fileName)
    {
        if (File.Exists(Path.Combine(folder, fileName)))
        {
            return fileName;
        }

        if (!Directory.Exists(folder))
        {
            return null;
        }

        var matches = Directory.EnumerateFiles(folder).Select(Path.GetFileName).Where(name => string.Equals(name, fileName, StringComparison.OrdinalIgnoreCase)).ToList();
        return matches.Count == 1 ? matches[0] : null;
    }

    public static bool IsTocFileName(string fileName) =>
        fileName.Equals("toc.yml", StringComparison.OrdinalIgnoreCase) || fileName.Equals("toc.md", StringComparison.OrdinalIgnoreCase);

    public static bool IsMarkdown(string path) => path.EndsWith(".md", StringComparison.OrdinalIgnoreCase);

    /// <summary>Reads a TOC as UTF-8 (a BOM is fine); reports <see cref="Rules.TocUnreadable"/> at <paramref name="reportAt"/> and returns null when it cannot.</summary>
    public static string? ReadText(string docsetRoot, string file, DiagnosticBag diagnostics, SourceLocation reportAt)
    {
        try
        {
            return File.ReadAllText(Path.Combine(docsetRoot, file), Encoding.UTF8);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            var reason = e switch
            {
                FileNotFoundException or DirectoryNotFoundException => "the file does not exist",
                UnauthorizedAccessException => "access is denied",
                _ => e.Message,
            };
            diagnostics.Add(Rules.TocUnreadable, Severity.Error, reportAt, $"cannot read {file}: {reason}");
            return null;
        }
    }
}
