using System.Text.Json;
using System.Text.Json.Nodes;

namespace PartnerDocs.Validation.Reporting;

/// <summary>The diagnostics JSON contract: version, summary {errors, warnings, notes}, diagnostics[].</summary>
public sealed class JsonReport : IReportWriter
{
    public void Write(CheckReport report, TextWriter writer)
    {
        var diagnostics = new JsonArray();
        foreach (var d in report.Diagnostics)
        {
            // As a JsonNode: the generic Add<T> would serialize it by reflection, which the trimmed tool cannot.
            diagnostics.Add((JsonNode)new JsonObject
            {
                ["rule"] = d.Rule,
                ["severity"] = d.Severity.Lower(),
                ["locale"] = d.Locale,
                ["file"] = d.Location?.File,
                ["line"] = d.Location?.Line,
                ["column"] = d.Location?.Column,
                ["target"] = d.Target,
                ["message"] = d.Message,
                ["suggestion"] = d.Suggestion,
            });
        }

        var root = new JsonObject
        {
            ["version"] = 1,
            ["summary"] = new JsonObject { ["errors"] = report.Errors, ["warnings"] = report.Warnings, ["notes"] = report.Notes },
            ["diagnostics"] = diagnostics,
        };
        writer.WriteLine(root.ToJsonString(new JsonSerializerOptions { WriteIndented = true }));
    }
}
