using PartnerDocs.Diagnostics;

namespace PartnerDocs.Toc;

/// <summary>Finds and reads a locale's TOC: <c>&lt;locale&gt;/TOC.md</c> (or toc.md), else <c>&lt;locale&gt;/toc.yml</c>.</summary>
public static class TocReader
{
    /// <returns>The locale's TOC, an empty tree when it cannot be read, or null when the locale has none.</returns>
    public static TocTree? Read(string docsetRoot, string locale, DiagnosticBag diagnostics)
    {
        var folder = Path.Combine(docsetRoot, locale);
        var markdown = TocFiles.FindMarkdown(folder);
        var yaml = TocFiles.FindYaml(folder);
        if (markdown is null)
        {
            return yaml is null ? null : TocYmlParser.Parse(docsetRoot, $"{locale}/{yaml}", diagnostics);
        }

        var file = $"{locale}/{markdown}";
        if (yaml is not null)
        {
            diagnostics.Add(Rules.TocSyntax, Severity.Note, new SourceLocation($"{locale}/{yaml}", 1),
                $"{locale}/{yaml} is ignored because {file} takes precedence; delete one of them");
        }

        return TocFiles.ReadText(docsetRoot, file, diagnostics, new SourceLocation(file, 1)) is { } text
            ? TocMdParser.Parse(text, file, diagnostics)
            : TocTree.Empty(file);
    }

    /// <summary>True when <paramref name="localeFolder"/> holds a TOC.md, toc.md or toc.yml.</summary>
    public static bool HasToc(string localeFolder) => TocFiles.Find(localeFolder) is not null;
}
