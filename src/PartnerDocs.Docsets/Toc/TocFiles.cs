using System.Text;
using PartnerDocs.Diagnostics;

namespace PartnerDocs.Toc;

/// <summary>The names a TOC file may have, in order of preference.</summary>
internal static class TocFiles
{
    private static readonly string[] MarkdownNames = ["TOC.md", "toc.md"];
    private const string YamlName = "toc.yml";

    /// <summary>The preferred TOC.md in <paramref name="folder"/>, or null.</summary>
    public static string? FindMarkdown(string folder) => MarkdownNames.FirstOrDefault(name => File.Exists(Path.Combine(folder, name)));

    /// <summary>The toc.yml in <paramref name="folder"/>, or null.</summary>
    public static string? FindYaml(string folder) => File.Exists(Path.Combine(folder, YamlName)) ? YamlName : null;

    /// <summary>The TOC file a folder reference means: TOC.md first, then toc.yml.</summary>
    public static string? Find(string folder) => FindMarkdown(folder) ?? FindYaml(folder);

    public static bool IsTocFileName(string fileName) =>
        fileName.Equals(YamlName, StringComparison.OrdinalIgnoreCase) || fileName.Equals("toc.md", StringComparison.OrdinalIgnoreCase);

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
