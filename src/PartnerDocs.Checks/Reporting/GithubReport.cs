using PartnerDocs.Diagnostics;

namespace PartnerDocs.Validation.Reporting;

/// <summary>
/// GitHub workflow commands. GitHub shows at most 10 annotations of each level per step, so only the first
/// <see cref="AnnotationsPerLevel"/> of each are emitted, then a line saying how many more there are.
/// </summary>
public sealed class GithubReport(string pathPrefix) : IReportWriter
{
    public const int AnnotationsPerLevel = 10;

    public void Write(CheckReport report, TextWriter writer)
    {
        var left = new List<string>();
        foreach (var (severity, command) in new[] { (Severity.Error, "error"), (Severity.Warning, "warning"), (Severity.Note, "notice") })
        {
            var all = report.Diagnostics.Where(d => d.Severity == severity).ToList();
            foreach (var d in all.Take(AnnotationsPerLevel))
            {
                writer.WriteLine($"::{command} {Properties(d)}::{Data(Text(d))}");
            }

            if (all.Count > AnnotationsPerLevel)
            {
                left.Add($"{all.Count - AnnotationsPerLevel} more {severity.Lower()}s");
            }
        }

        var more = left.Count > 0 ? $"; not annotated: {string.Join(", ", left)} (see the job summary or run --format text)" : "";
        writer.WriteLine($"partnerdocs check: {report.Errors} errors, {report.Warnings} warnings, {report.Notes} notes{more}");
    }

    private string Properties(Diagnostic d)
    {
        var parts = new List<string>();
        if (d.Location is { } location)
        {
            parts.Add($"file={Property(pathPrefix + location.File)}");
            parts.Add($"line={location.Line}");
            parts.Add($"col={location.Column}");
        }

        parts.Add($"title={Property(d.Rule)}");
        return string.Join(',', parts);
    }

    private static string Text(Diagnostic d) => d.Suggestion is null ? d.Message : $"{d.Message} (did you mean {d.Suggestion}?)";

    private static string Data(string text) => text.Replace("%", "%25").Replace("\r", "%0D").Replace("\n", "%0A");

    private static string Property(string text) => Data(text).Replace(":", "%3A").Replace(",", "%2C");
}
