namespace PartnerDocs.Validation.Reporting;

/// <summary>Writes a check report in one output format.</summary>
public interface IReportWriter
{
    void Write(CheckReport report, TextWriter writer);
}

public static class ReportFormat
{
    public static IReadOnlyList<string> Names { get; } = ["text", "json", "sarif", "github"];

    /// <param name="pathPrefix">Prepended to docset-relative paths where a consumer needs repository-relative ones (SARIF, GitHub).</param>
    public static IReportWriter? Create(string name, string pathPrefix = "") => name switch
    {
        "text" => new TextReport(),
        "json" => new JsonReport(),
        "sarif" => new SarifReport(pathPrefix),
        "github" => new GithubReport(pathPrefix),
        _ => null,
    };

    public static string Lower(this Diagnostics.Severity severity) => severity.ToString().ToLowerInvariant();
}
