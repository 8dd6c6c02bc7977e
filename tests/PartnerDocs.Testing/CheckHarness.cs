using PartnerDocs.Diagnostics;
using PartnerDocs.Docsets;
using PartnerDocs.Validation;

namespace PartnerDocs.Tests;

/// <summary>Runs check over a temp docset and picks findings by rule.</summary>
public static class CheckHarness
{
    public static CheckReport Check(TempDocset docset) => Checker.Run(DocsetLoader.Load(docset.Root));

    public static List<Diagnostic> Findings(TempDocset docset, string rule) =>
        Check(docset).Diagnostics.Where(d => d.Rule == rule).ToList();

    public static Diagnostic Single(TempDocset docset, string rule) => Assert.Single(Findings(docset, rule));

    /// <summary>An en-us source and an es-es translation with the same two topics, clean of findings.</summary>
    public static TempDocset TwoLocales(params (string Path, string Text)[] overrides)
    {
        var files = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var locale in new[] { "en-us", "es-es" })
        {
            files[$"{locale}/TOC.md"] = "# [Home](index.md)\n## [Billing](billing.md)\n";
            files[$"{locale}/index.md"] = "---\ntitle: Home\n---\n# Home\n\nSee [billing](billing.md#read-your-bill).\n";
            files[$"{locale}/billing.md"] = "---\ntitle: Billing\n---\n# Billing\n\n## Read your bill\n\nBack [home](index.md).\n";
        }

        foreach (var (path, text) in overrides)
        {
            files[path] = text;
        }

        return TempDocset.Create(files.Select(f => (f.Key, f.Value)).ToArray());
    }
}
