namespace PartnerDocs.Validation.Reporting;

/// <summary>A Markdown summary for $GITHUB_STEP_SUMMARY: totals, a table per locale and rule, and the first findings.</summary>
public static class MarkdownSummary
{
    public const int ListedFindings = 50;

    public static void Write(CheckReport report, TextWriter writer)
    {
        var verdict = report.HasErrors ? "❌" : "✅";
        writer.WriteLine($"## {verdict} partnerdocs check: {report.Errors} errors, {report.Warnings} warnings, {report.Notes} notes");
        if (report.Suppressed > 0)
        {
            writer.WriteLine($"\n{report.Suppressed} findings accepted by the baseline.");
        }

        if (report.Diagnostics.Count == 0)
        {
            return;
        }

        writer.WriteLine("\n| Locale | Rule | Severity | Count |\n|---|---|---|---:|");
        foreach (var group in report.Diagnostics.GroupBy(d => (Locale: d.Locale ?? "-", d.Rule, d.Severity)).OrderByDescending(g => g.Key.Severity).ThenBy(g => g.Key.Locale, StringComparer.Ordinal).ThenBy(g => g.Key.Rule, StringComparer.Ordinal))
        {
            writer.WriteLine($"| {group.Key.Locale} | `{group.Key.Rule}` | {group.Key.Severity.Lower()} | {group.Count()} |");
        }

        writer.WriteLine();
        foreach (var d in report.Diagnostics.OrderByDescending(d => d.Severity).Take(ListedFindings))
        {
            var hint = d.Suggestion is null ? "" : $" (did you mean `{d.Suggestion}`?)";
            writer.WriteLine($"- `{d.Location}` **{d.Severity.Lower()}** `{d.Rule}`: {Escape(d.Message)}{hint}");
        }

        if (report.Diagnostics.Count > ListedFindings)
        {
            writer.WriteLine($"- … and {report.Diagnostics.Count - ListedFindings} more");
        }
    }

    private static string Escape(string text) => text.Replace("|", "\\|").Replace("<", "&lt;");
}
