using PartnerDocs.Diagnostics;
using PartnerDocs.Docsets;
using PartnerDocs.Validation;
using PartnerDocs.Validation.Baselines;
using static PartnerDocs.Tests.CheckHarness;

namespace PartnerDocs.Tests.Validation;

public class SeverityAndBaselineTests
{
    private static TempDocset WithHiddenTopic(string config = "") => TwoLocales(
        ("partnerdocs.yml", config),
        ("en-us/hidden.md", "---\ntitle: Hidden\n---\n# Hidden\n"),
        ("es-es/hidden.md", "---\ntitle: Hidden\n---\n# Hidden\n"));

    [Fact]
    public void Config_changes_a_rule_severity_and_off_drops_it()
    {
        using var raised = WithHiddenTopic("rules:\n  topic.orphan: error\n");
        using var silenced = WithHiddenTopic("rules:\n  topic.orphan: off\n");

        Assert.All(Findings(raised, Rules.TopicOrphan), f => Assert.Equal(Severity.Error, f.Severity));
        Assert.Equal(2, Findings(raised, Rules.TopicOrphan).Count);
        Assert.Empty(Findings(silenced, Rules.TopicOrphan));
    }

    [Fact]
    public void Baseline_accepts_findings_even_after_their_lines_move_and_reports_entries_that_match_nothing()
    {
        using var docset = WithHiddenTopic();
        var baselinePath = docset.PathOf("baseline.json");
        Baseline.Write(baselinePath, Checker.Run(DocsetLoader.Load(docset.Root)).Unfiltered);
        docset.Write("en-us/hidden.md", "---\ntitle: Hidden\n---\n\n\n# Hidden, lines later\n");
        File.Delete(docset.PathOf("es-es/hidden.md"));

        var report = Checker.Run(DocsetLoader.Load(docset.Root), Baseline.Read(baselinePath, "baseline.json"));

        Assert.Equal(1, report.Suppressed);
        Assert.DoesNotContain(report.Diagnostics, d => d.Rule == Rules.TopicOrphan);
        var stale = Assert.Single(report.Diagnostics, d => d.Rule == RuleCatalog.BaselineStaleEntry);
        Assert.Contains("es-es/hidden.md", stale.Message);
    }

    [Fact]
    public void Fingerprint_ignores_line_numbers_in_messages_but_not_the_file()
    {
        var a = new Diagnostic(Rules.TocDuplicateEntry, Severity.Note, new SourceLocation("en-us/TOC.md", 3), "'x.md' is already listed at line 2", "en-us", "x.md");
        var moved = a with { Location = new SourceLocation("en-us/TOC.md", 9), Message = "'x.md' is already listed at line 7" };
        var elsewhere = a with { Location = new SourceLocation("es-es/TOC.md", 3) };

        Assert.Equal(Fingerprint.Of(a), Fingerprint.Of(moved));
        Assert.NotEqual(Fingerprint.Of(a), Fingerprint.Of(elsewhere));
    }
}
