using System.Text.Json;
using Json.Schema;
using System.Text.Json.Nodes;
using PartnerDocs.Diagnostics;
using PartnerDocs.Validation;
using PartnerDocs.Validation.Reporting;

namespace PartnerDocs.Tests.Validation;

public class ReporterTests
{
    private static readonly CheckReport Sample = new()
    {
        Diagnostics =
        [
            new Diagnostic(Rules.LinkTargetMissing, Severity.Error, new SourceLocation("es-es/billing.md", 12, 5), "link 'read-you-bill.md' does not exist in es-es", "es-es", "read-you-bill.md", "read-your-bill.md"),
            new Diagnostic(Rules.TopicOrphan, Severity.Warning, new SourceLocation("es-es/hidden.md", 1), "no entry of es-es/TOC.md lists this topic", "es-es", "hidden.md"),
            new Diagnostic(Rules.TocDuplicateEntry, Severity.Note, new SourceLocation("es-es/TOC.md", 9, 4), "'a.md' is already listed at line 2", "es-es", "a.md"),
        ],
    };

    private static string Render(string format)
    {
        var writer = new StringWriter();
        ReportFormat.Create(format)!.Write(Sample, writer);
        return writer.ToString();
    }

    [Fact]
    public void Text_lines_follow_file_line_col_severity_rule_message_suggestion_and_end_with_a_summary()
    {
        var text = Render("text");

        Assert.Contains("es-es/billing.md:12:5: error link.target-missing: link 'read-you-bill.md' does not exist in es-es (did you mean read-your-bill.md?)", text);
        Assert.Matches(@"es-es\s+link\.target-missing\s+1 error", text);
        Assert.EndsWith("1 errors, 1 warnings, 1 notes" + Environment.NewLine, text);
    }

    [Fact]
    public void Json_has_exactly_the_contract_shape()
    {
        var root = JsonNode.Parse(Render("json"))!.AsObject();

        Assert.Equal(["version", "summary", "diagnostics"], root.Select(p => p.Key).ToArray());
        Assert.Equal(1, (int)root["version"]!);
        Assert.Equal("{\"errors\":1,\"warnings\":1,\"notes\":1}", root["summary"]!.ToJsonString());
        var first = root["diagnostics"]![0]!.AsObject();
        Assert.Equal(["rule", "severity", "locale", "file", "line", "column", "target", "message", "suggestion"], first.Select(p => p.Key).ToArray());
        Assert.Equal("error", (string)first["severity"]!);
        Assert.Equal(12, (int)first["line"]!);
        Assert.Equal("read-your-bill.md", (string)first["suggestion"]!);
    }

    [Fact]
    public void Sarif_has_the_properties_the_2_1_0_schema_requires()
    {
        var root = JsonNode.Parse(Render("sarif"))!.AsObject();

        Assert.Equal("2.1.0", (string)root["version"]!);
        var run = root["runs"]![0]!;
        var driver = run["tool"]!["driver"]!;
        Assert.Equal("partnerdocs", (string)driver["name"]!);
        var ruleIds = driver["rules"]!.AsArray().Select(r => (string)r!["id"]!).ToList();
        Assert.Contains(Rules.LinkTargetMissing, ruleIds);
        Assert.All(driver["rules"]!.AsArray(), r => Assert.False(string.IsNullOrEmpty((string?)r!["shortDescription"]!["text"])));
        var results = run["results"]!.AsArray();
        Assert.Equal(3, results.Count);
        foreach (var result in results)
        {
            Assert.False(string.IsNullOrEmpty((string?)result!["message"]!["text"]));
            Assert.Contains((string)result["level"]!, new[] { "error", "warning", "note" });
            Assert.Equal((string)result["ruleId"]!, ruleIds[(int)result["ruleIndex"]!]);
            Assert.Matches("^[0-9a-f]{20}$", (string)result["partialFingerprints"]![SarifReport.FingerprintKey]!);
            var location = result["locations"]![0]!["physicalLocation"]!;
            Assert.StartsWith("es-es/", (string)location["artifactLocation"]!["uri"]!);
            Assert.True((int)location["region"]!["startLine"]! >= 1);
            Assert.True((int)location["region"]!["startColumn"]! >= 1);
        }
    }

    [Fact]
    public void Sarif_is_valid_against_the_sarif_2_1_0_schema()
    {
        // The schema file comes from the npm package @microsoft/sarif-multitool-linux 5.7.0 (MIT).
        var (valid, errors) = ValidateSarif(JsonNode.Parse(Render("sarif")));

        Assert.True(valid, string.Join("\n", errors));
    }

    [Fact]
    public void The_schema_check_catches_a_malformed_sarif_log()
    {
        var log = JsonNode.Parse(Render("sarif"))!;
        log["runs"]![0]!["results"]![0]!["level"] = "fatal";
        log["runs"]![0]!["tool"]!["driver"]!.AsObject().Remove("name");

        var (valid, errors) = ValidateSarif(log);

        Assert.False(valid);
        Assert.Contains(errors, e => e.Contains("/runs/0/results/0/level"));
        Assert.Contains(errors, e => e.Contains("/runs/0/tool/driver") && e.Contains("name"));
    }

    [Fact]
    public void Github_annotations_stay_within_ten_per_level_and_say_how_many_more()
    {
        var many = new CheckReport
        {
            Diagnostics = Enumerable.Range(1, 13)
                .Select(i => new Diagnostic(Rules.LinkTargetMissing, Severity.Error, new SourceLocation("es-es/a,b.md", i, 2), $"broken: 100%\nsure", "es-es", "x.md"))
                .ToList(),
        };
        var writer = new StringWriter();
        ReportFormat.Create("github", "docs/")!.Write(many, writer);
        var lines = writer.ToString().TrimEnd().Split(Environment.NewLine);

        Assert.Equal(10, lines.Count(l => l.StartsWith("::error ")));
        Assert.Equal("::error file=docs/es-es/a%2Cb.md,line=1,col=2,title=link.target-missing::broken: 100%25%0Asure", lines[0]);
        Assert.Contains("3 more errors", lines[^1]);
    }

    [Fact]
    public void Markdown_summary_has_totals_and_a_table_per_locale_and_rule()
    {
        var writer = new StringWriter();
        MarkdownSummary.Write(Sample, writer);
        var text = writer.ToString();

        Assert.Contains("1 errors, 1 warnings, 1 notes", text);
        Assert.Contains("| es-es | `link.target-missing` | error | 1 |", text);
    }

    // Validated with JsonSchema.Net against the schema file from the npm package @microsoft/sarif-multitool-linux 5.7.0 (MIT).
    private static (bool Valid, List<string> Errors) ValidateSarif(JsonNode? log)
    {
        var schema = JsonSchema.FromText(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "sarif-schema-2.1.0.json")));
        var results = schema.Evaluate(JsonSerializer.SerializeToElement(log), new EvaluationOptions { OutputFormat = OutputFormat.List });
        var errors = (results.Details ?? []).Where(d => d.Errors is { Count: > 0 })
            .SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation}: {e.Key}: {e.Value}")).ToList();
        return (results.IsValid, errors);
    }
}
