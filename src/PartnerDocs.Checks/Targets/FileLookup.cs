using System.Collections.Concurrent;
using System.Text;
using PartnerDocs.Docsets;

namespace PartnerDocs.Validation.Targets;

/// <summary>Finds a locale's file that a missing path names only with different case or Unicode normalization.</summary>
internal sealed class FileLookup
{
    private readonly ConcurrentDictionary<string, Lazy<Variants>> byLocale = new(StringComparer.Ordinal);

    private sealed record Variants(Dictionary<string, string> Normalized, Dictionary<string, string> Folded);

    /// <summary>The existing path and why the written one missed it ("case" or "Unicode normalization"), or null.</summary>
    public (string Path, string Difference)? NearMatch(LocaleContent locale, string missingPath)
    {
        var variants = byLocale.GetOrAdd(locale.Name, _ => new Lazy<Variants>(() => Build(locale))).Value;
        if (variants.Normalized.TryGetValue(missingPath.Normalize(NormalizationForm.FormC), out var normalized))
        {
            return (normalized, "Unicode normalization (NFC/NFD)");
        }

        return variants.Folded.TryGetValue(Fold(missingPath), out var folded) ? (folded, "letter case") : null;
    }

    public static string Fold(string text) => text.Normalize(NormalizationForm.FormC).ToUpperInvariant();

    private static Variants Build(LocaleContent locale)
    {
        var normalized = new Dictionary<string, string>(StringComparer.Ordinal);
        var folded = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var file in locale.Files.Order(StringComparer.Ordinal))
        {
            normalized.TryAdd(file.Normalize(NormalizationForm.FormC), file);
            folded.TryAdd(Fold(file), file);
        }

        return new Variants(normalized, folded);
    }
}
