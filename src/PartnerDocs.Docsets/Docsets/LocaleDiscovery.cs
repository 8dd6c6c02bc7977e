using PartnerDocs.Diagnostics;
using PartnerDocs.Files;
using PartnerDocs.Toc;

namespace PartnerDocs.Docsets;

/// <summary>Chooses the locales and the source locale, as the docset-layout contract says; a docset without any is refused.</summary>
public static class LocaleDiscovery
{
    public readonly record struct Result(IReadOnlyList<string> Locales, string? Source);

    public static Result Discover(FileInventory files, DocsetConfig config, DiagnosticBag diagnostics)
    {
        var docsetRoot = files.Root;
        var locales = config.Locales?.ToList() ?? FoldersWithToc(files);
        ReportMiscasedFolders(docsetRoot, diagnostics);
        foreach (var missing in locales.Where(l => !Directory.Exists(Path.Combine(docsetRoot, l))).ToList())
        {
            diagnostics.Add(Rules.ConfigInvalid, Severity.Error, new SourceLocation(DocsetConfig.FileName, 1), $"locale '{missing}' is listed but the folder '{missing}/' does not exist");
            locales.Remove(missing);
        }

        var source = config.SourceLocale;
        if (source is not null && !locales.Contains(source))
        {
            if (Directory.Exists(Path.Combine(docsetRoot, source)))
            {
                locales.Insert(0, source);
            }
            else
            {
                diagnostics.Add(Rules.ConfigInvalid, Severity.Error, new SourceLocation(DocsetConfig.FileName, 1), $"sourceLocale '{source}' has no folder '{source}/'");
                source = null;
            }
        }

        if (locales.Count == 0)
        {
            // A mistyped path or an empty folder must not pass CI as "built 0 pages".
            throw new DocsetNotFoundException(config.Locales is null
                ? $"no locale folder in '{docsetRoot}': a docset holds folders named like en-us/ with a TOC.md or toc.yml (is this the docset folder?)"
                : $"none of the locales {DocsetConfig.FileName} lists in '{docsetRoot}' has a folder");
        }

        source ??= locales.Contains("en-us") ? "en-us" : locales[0];
        return new Result(locales, source);
    }

    // "EN-US/" is not a locale folder (they are lowercase BCP-47 tags); say so rather than ignore it silently.
    private static void ReportMiscasedFolders(string docsetRoot, DiagnosticBag diagnostics)
    {
        foreach (var name in Directory.EnumerateDirectories(docsetRoot).Select(Path.GetFileName).OfType<string>().Order(StringComparer.Ordinal))
        {
            var lower = name.ToLowerInvariant();
            if (lower != name && LocaleNames.IsLocaleName(lower))
            {
                diagnostics.Add(Rules.ConfigInvalid, Severity.Warning, new SourceLocation(name + "/", 1),
                    $"folder '{name}/' looks like a locale, but locale folders are lowercase; rename it to '{lower}/' to publish it");
            }
        }
    }

    private static List<string> FoldersWithToc(FileInventory files) => Directory.EnumerateDirectories(files.Root)
        .Select(Path.GetFileName)
        .OfType<string>()
        .Where(name => LocaleNames.IsLocaleName(name) && TocReader.HasToc(files, name))
        .Order(StringComparer.Ordinal)
        .ToList();
}
