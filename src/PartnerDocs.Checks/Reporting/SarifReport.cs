using System.Text.Json;
using System.Text.Json.Nodes;
using PartnerDocs.Diagnostics;
using PartnerDocs.Validation.Baselines;

namespace PartnerDocs.Validation.Reporting;

/// <summary>SARIF 2.1.0: one run, every rule with its description, results with partialFingerprints for stable matching.</summary>
public sealed class SarifReport(string pathPrefix) : IReportWriter
{
    public const string FingerprintKey = "partnerdocs/v1";

    public void Write(CheckReport report, TextWriter writer)
    {
        var rules = RuleCatalog.All.Select(r => r.Id).Concat(report.Diagnostics.Select(d => d.Rule)).Distinct().ToList();
        var results = new JsonArray();
        foreach (var d in report.Diagnostics)
        {
            // As a JsonNode: the generic Add<T> would serialize it by reflection, which the trimmed tool cannot.
            results.Add((JsonNode)Result(d, rules.IndexOf(d.Rule)));
        }

        var root = new JsonObject
        {
            ["$schema"] = "https://json.schemastore.org/sarif-2.1.0.json",
            ["version"] = "2.1.0",
            ["runs"] = new JsonArray(new JsonObject
            {
                ["tool"] = new JsonObject
                {
                    ["driver"] = new JsonObject
                    {
                        ["name"] = "partnerdocs",
                        ["informationUri"] = "https://github.com/partnerdocs/partnerdocs",
                        ["rules"] = new JsonArray(rules.Select(Rule).ToArray<JsonNode?>()),
                    },
                },
                ["results"] = results,
            }),
        };
        writer.WriteLine(root.ToJsonString(new JsonSerializerOptions { WriteIndented = true }));
    }

    private static JsonObject Rule(string id)
    {
        var info = RuleCatalog.Find(id);
        return new JsonObject
        {
            ["id"] = id,
            ["shortDescription"] = new JsonObject { ["text"] = info?.Description ?? id },
            ["defaultConfiguration"] = new JsonObject { ["level"] = Level(info?.DefaultSeverity ?? Severity.Warning) },
        };
    }

    private JsonObject Result(Diagnostic d, int ruleIndex)
    {
        var text = d.Suggestion is null ? d.Message : $"{d.Message} (did you mean {d.Suggestion}?)";
        var result = new JsonObject
        {
            ["ruleId"] = d.Rule,
            ["ruleIndex"] = ruleIndex,
            ["level"] = Level(d.Severity),
            ["message"] = new JsonObject { ["text"] = text },
            ["partialFingerprints"] = new JsonObject { [FingerprintKey] = Fingerprint.Of(d) },
        };
        if (d.Location is { } location)
        {
            result["locations"] = new JsonArray(new JsonObject
            {
                ["physicalLocation"] = new JsonObject
                {
                    ["artifactLocation"] = new JsonObject { ["uri"] = Uri.EscapeDataString(pathPrefix + location.File).Replace("%2F", "/") },
                    ["region"] = new JsonObject { ["startLine"] = Math.Max(1, location.Line), ["startColumn"] = Math.Max(1, location.Column) },
                },
            });
        }

        return result;
    }

    private static string Level(Severity severity) => severity switch
    {
        Severity.Error => "error",
        Severity.Warning => "warning",
        _ => "note",
    };
}
