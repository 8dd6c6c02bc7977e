using PartnerDocs.Diagnostics;
using PartnerDocs.Docsets;

namespace PartnerDocs.Validation.Checks;

/// <summary>ui.string-missing: interface strings a locale's language lacks in the templates (readers see English there).</summary>
public static class UiStringRule
{
    /// <param name="missingKeys">The UI string keys the templates lack for a language ("es").</param>
    public static IEnumerable<Diagnostic> Check(Docset docset, Func<string, IEnumerable<string>> missingKeys)
    {
        foreach (var language in docset.Locales.GroupBy(l => l.Language))
        {
            foreach (var key in missingKeys(language.Key))
            {
                yield return new Diagnostic(Rules.UiStringMissing, RuleCatalog.DefaultSeverity(Rules.UiStringMissing), null,
                    $"the templates have no '{language.Key}' text for UI string '{key}'; {string.Join(", ", language.Select(l => l.Name))} pages show the English one",
                    language.First().Name, key);
            }
        }
    }
}
