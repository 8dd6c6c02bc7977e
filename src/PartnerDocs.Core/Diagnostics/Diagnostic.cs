namespace PartnerDocs.Diagnostics;

/// <summary>One finding: a stable rule id, where it is, and what to do about it.</summary>
public sealed record Diagnostic(
    string Rule,
    Severity Severity,
    SourceLocation? Location,
    string Message,
    string? Locale = null,
    string? Target = null,
    string? Suggestion = null)
{
    public override string ToString()
    {
        var where = Location is null ? "" : Location + ": ";
        var hint = Suggestion is null ? "" : $" (did you mean {Suggestion}?)";
        return $"{where}{Severity.ToString().ToLowerInvariant()} {Rule}: {Message}{hint}";
    }
}
