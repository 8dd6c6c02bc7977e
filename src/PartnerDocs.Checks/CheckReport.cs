using PartnerDocs.Diagnostics;

namespace PartnerDocs.Validation;

/// <summary>The outcome of check: findings after severities and the baseline, in a stable order.</summary>
public sealed class CheckReport
{
    public required IReadOnlyList<Diagnostic> Diagnostics { get; init; }

    /// <summary>Findings the baseline accepted (not in <see cref="Diagnostics"/>).</summary>
    public int Suppressed { get; init; }

    /// <summary>Every finding before the baseline, what --update-baseline records.</summary>
    public IReadOnlyList<Diagnostic> Unfiltered { get; init; } = [];

    public int Errors => Count(Severity.Error);

    public int Warnings => Count(Severity.Warning);

    public int Notes => Count(Severity.Note);

    public bool HasErrors => Errors > 0;

    private int Count(Severity severity) => Diagnostics.Count(d => d.Severity == severity);
}
