namespace PartnerDocs.Validation.Reporting;

/// <summary>file:line:col: severity rule: message (did you mean X?), grouped by file, then counts per locale and rule.</summary>
public sealed class TextReport : IReportWriter
{
    public void Write(CheckReport report, TextWriter writer)
    {
        foreach (var file in report.Diagnostics.GroupBy(d => d.Location?.File ?? ""))
        {
            foreach (var diagnostic in file)
            {
                writer.WriteLine(diagnostic.ToString());
            }

            writer.WriteLine();
        }

        foreach (var group in report.Diagnostics.GroupBy(d => (Locale: d.Locale ?? "-", d.Rule)).OrderBy(g => g.Key.Locale, StringComparer.Ordinal).ThenBy(g => g.Key.Rule, StringComparer.Ordinal))
        {
            writer.WriteLine($"  {group.Key.Locale,-8} {group.Key.Rule,-28} {group.Count(),5} {group.First().Severity.Lower()}");
        }

        var accepted = report.Suppressed > 0 ? $" ({report.Suppressed} accepted by the baseline)" : "";
        writer.WriteLine($"{report.Errors} errors, {report.Warnings} warnings, {report.Notes} notes{accepted}");
    }
}
