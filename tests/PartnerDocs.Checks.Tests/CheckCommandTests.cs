using System.Text.Json.Nodes;
using PartnerDocs.Tests.Cli;
using static PartnerDocs.Tests.CheckHarness;

namespace PartnerDocs.Tests.Validation;

public class CheckCommandTests
{
    [Fact]
    public void Exit_code_is_0_without_errors_1_with_errors_and_2_when_it_cannot_run()
    {
        using var clean = TwoLocales();
        using var broken = TwoLocales(("en-us/TOC.md", "# [Home](index.md)\n## [Billing](nope.md)\n"));

        Assert.Equal(0, CliRunner.Run("check", clean.Root).ExitCode);
        Assert.Equal(1, CliRunner.Run("check", broken.Root).ExitCode);
        Assert.Equal(2, CliRunner.Run("check", clean.PathOf("missing")).ExitCode);
        Assert.Equal(2, CliRunner.Run("check", clean.Root, "--format", "xml").ExitCode);
        var noBaseline = CliRunner.Run("check", clean.Root, "--baseline", clean.PathOf("none.json"));
        Assert.Equal(2, noBaseline.ExitCode);
        Assert.DoesNotContain("   at ", noBaseline.Stderr);
    }

    [Fact]
    public void Output_writes_the_report_to_a_file()
    {
        using var broken = TwoLocales(("en-us/TOC.md", "# [Home](index.md)\n## [Billing](biling.md)\n"));
        var output = broken.PathOf("report.json");

        var result = CliRunner.Run("check", broken.Root, "--format", "json", "--output", output);

        Assert.Equal(1, result.ExitCode);
        var root = JsonNode.Parse(File.ReadAllText(output))!;
        Assert.Equal(1, (int)root["summary"]!["errors"]!);
        Assert.Equal("billing.md", (string)root["diagnostics"]![0]!["suggestion"]!);
    }

    [Fact]
    public void Update_baseline_then_check_passes_with_the_findings_accepted()
    {
        using var broken = TwoLocales(("partnerdocs.yml", "baseline: accepted.json\n"), ("en-us/TOC.md", "# [Home](index.md)\n## [Billing](nope.md)\n"));

        Assert.Equal(0, CliRunner.Run("check", broken.Root, "--update-baseline").ExitCode);
        var result = CliRunner.Run("check", broken.Root);

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("accepted by the baseline", result.Stdout);
    }
}
