using System.Collections.Concurrent;

namespace PartnerDocs.Diagnostics;

/// <summary>Collects diagnostics from parallel stages; read them back in a stable order.</summary>
public sealed class DiagnosticBag
{
    private readonly ConcurrentQueue<Diagnostic> items = new();

    public void Add(Diagnostic diagnostic) => items.Enqueue(diagnostic);

    public void Add(string rule, Severity severity, SourceLocation? location, string message, string? locale = null, string? target = null, string? suggestion = null) =>
        Add(new Diagnostic(rule, severity, location, message, locale, target, suggestion));

    public int Count => items.Count;

    public bool HasErrors => items.Any(d => d.Severity == Severity.Error);

    /// <summary>Sorted by file, line, column, then rule, so output does not depend on thread timing.</summary>
    public IReadOnlyList<Diagnostic> ToSortedList() => items
        .OrderBy(d => d.Location?.File ?? "", StringComparer.Ordinal)
        .ThenBy(d => d.Location?.Line ?? 0)
        .ThenBy(d => d.Location?.Column ?? 0)
        .ThenBy(d => d.Rule, StringComparer.Ordinal)
        .ThenBy(d => d.Message, StringComparer.Ordinal)
        .ToList();
}
