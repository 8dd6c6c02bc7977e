using PartnerDocs.Diagnostics;
using PartnerDocs.Files;

namespace PartnerDocs.Toc;

/// <summary>Finds and reads a locale's TOC (TOC.md, toc.md, TOC.yml or toc.yml, see <see cref="TocFiles"/>), nested TOCs included.</summary>
public static class TocReader
{
    /// <returns>The locale's TOC, an empty tree when it cannot be read, or null when the locale has none.</returns>
    public static TocTree? Read(FileInventory files, string locale, DiagnosticBag diagnostics)
    {
        var names = TocFiles.FindAll(files, locale);
        if (names.Count == 0)
        {
            return null;
        }

        var file = $"{locale}/{names[0]}";
        foreach (var loser in names.Skip(1))
        {
            diagnostics.Add(Rules.TocSyntax, Severity.Note, new SourceLocation($"{locale}/{loser}", 1),
                $"{locale}/{loser} is ignored because {file} takes precedence; delete one of them");
        }

        // The YAML reader reads a TOC.md root too, so nested TOCs are followed from either kind.
        return TocYmlParser.Parse(files, file, diagnostics);
    }

    /// <summary>True when <paramref name="folder"/> (a docset path) holds a TOC file, whatever the letter case of its name.</summary>
    public static bool HasToc(FileInventory files, string folder) => TocFiles.Find(files, folder) is not null;
}
