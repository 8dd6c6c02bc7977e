using PartnerDocs.Diagnostics;
using PartnerDocs.Docsets;
using PartnerDocs.Validation.Targets;

namespace PartnerDocs.Validation;

/// <summary>What every rule reads: the docset, shared lookups built once, and the findings collected so far.</summary>
internal sealed class CheckContext
{
    public CheckContext(Docset docset)
    {
        Docset = docset;
        Files = new FileLookup();
        Anchors = new AnchorIndex(docset);
        Targets = new TargetChecker(this);
        ImageFallback = new ImageFallback(docset);
    }

    public ImageFallback ImageFallback { get; }

    public Docset Docset { get; }

    public FileLookup Files { get; }

    public AnchorIndex Anchors { get; }

    public TargetChecker Targets { get; }

    public DiagnosticBag Findings { get; } = new();

    public LocaleContent? Source => Docset.Source;

    /// <summary>Locales compared with the source: every locale but the source itself.</summary>
    public IEnumerable<LocaleContent> Translations => Docset.Locales.Where(l => l != Docset.Source);

    public void Report(string rule, SourceLocation? location, string message, string? locale, string? target = null, string? suggestion = null) =>
        Findings.Add(rule, RuleCatalog.DefaultSeverity(rule), location, message, locale, target, suggestion);
}
