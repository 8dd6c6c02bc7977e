using PartnerDocs.Diagnostics;
using PartnerDocs.Docsets;
using PartnerDocs.Validation.Baselines;
using PartnerDocs.Validation.Checks;
using PartnerDocs.Validation.Parity;

namespace PartnerDocs.Validation;

/// <summary>Runs every rule over a loaded docset (no rendering, no re-reading of topics) and applies severities and the baseline.</summary>
public static class Checker
{
    private static readonly ITopicRule[] TopicRules =
        [new LinkRule(), new IncludeRule(), new RawHtmlLinkRule(), new MissingTitleRule(), new ParityStaleRule(), new ParityLinksRule()];

    private static readonly IDocsetRule[] DocsetRules =
        [new ParityAnchorsRule(), new TocTargetRule(), new IncludedLinksRule(), new TocDuplicateRule(), new OrphanRule(), new ParityTopicsRule(), new ParityTocRule()];

    // Sums up the images the other rules took on trust, so it runs after all of them.
    private static readonly IDocsetRule ImageFallbackSummary = new ImageFallbackRule();

    public static CheckReport Run(Docset docset, Baseline? baseline = null, IEnumerable<Diagnostic>? extra = null)
    {
        var context = new CheckContext(docset);
        var topics = docset.Locales.SelectMany(l => l.Topics.Values).ToList();
        // Rules only read the model and the context's thread-safe lookups, and findings are sorted, so they run at once.
        Parallel.Invoke(
            () => Parallel.ForEach(topics, topic =>
            {
                foreach (var rule in TopicRules)
                {
                    rule.Check(context, topic);
                }
            }),
            () => Parallel.ForEach(DocsetRules, rule => rule.Check(context)));
        ImageFallbackSummary.Check(context);

        var all = docset.Diagnostics.ToSortedList().Concat(context.Findings.ToSortedList()).Concat(extra ?? [])
            .Select(d => WithConfiguredSeverity(d, docset.Config))
            .Where(d => d.Severity != Severity.Off)
            .ToList();
        var sorted = Sort(all);
        return WithBaseline(new CheckReport { Diagnostics = sorted, Unfiltered = sorted }, baseline);
    }

    /// <summary>The report with the findings <paramref name="baseline"/> accepts dropped and its stale entries added.</summary>
    public static CheckReport WithBaseline(CheckReport report, Baseline? baseline)
    {
        if (baseline is null)
        {
            return report;
        }

        var (kept, suppressed, staleEntries) = baseline.Apply(report.Unfiltered);
        return new CheckReport { Diagnostics = Sort(kept.Concat(staleEntries)), Suppressed = suppressed, Unfiltered = report.Unfiltered };
    }

    private static Diagnostic WithConfiguredSeverity(Diagnostic diagnostic, DocsetConfig config) =>
        config.RuleSeverities.TryGetValue(diagnostic.Rule, out var severity) ? diagnostic with { Severity = severity } : diagnostic;

    private static List<Diagnostic> Sort(IEnumerable<Diagnostic> diagnostics)
    {
        var bag = new DiagnosticBag();
        foreach (var diagnostic in diagnostics)
        {
            bag.Add(diagnostic);
        }

        return bag.ToSortedList().ToList();
    }
}
