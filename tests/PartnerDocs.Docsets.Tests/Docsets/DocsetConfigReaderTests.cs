using PartnerDocs.Files;
using PartnerDocs.Diagnostics;
using PartnerDocs.Docsets;

namespace PartnerDocs.Tests.Docsets;

public class DocsetConfigReaderTests
{
    [Fact]
    public void Reads_every_setting()
    {
        using var docset = TempDocset.Create(("partnerdocs.yml", """
            title: Partner Center
            sourceLocale: es-es
            locales: [es-es, fr-fr]
            baseUrl: https://docs.example.cn/pc
            fallback: omit
            rules:
              topic.orphan: off
              parity.stale: error
            baseline: check-baseline.json
            status: true
            """));
        var diagnostics = new DiagnosticBag();

        var config = DocsetConfigReader.Read(FileInventory.Scan(docset.Root, diagnostics), diagnostics);

        Assert.Equal(0, diagnostics.Count);
        Assert.Equal("Partner Center", config.Title);
        Assert.Equal("es-es", config.SourceLocale);
        Assert.Equal(["es-es", "fr-fr"], config.Locales);
        Assert.Equal("https://docs.example.cn/pc/", config.BaseUrl);
        Assert.Equal(FallbackPolicy.Omit, config.Fallback);
        Assert.Equal(Severity.Off, config.RuleSeverities["topic.orphan"]);
        Assert.Equal(Severity.Error, config.RuleSeverities["parity.stale"]);
        Assert.Equal("check-baseline.json", config.Baseline);
        Assert.True(config.Status);
        Assert.False(DocsetConfig.Default.Status);
    }

    [Fact]
    public void The_old_search_body_word_budget_only_warns_that_it_has_no_effect()
    {
        using var docset = TempDocset.Create(("partnerdocs.yml", "search:\n  bodyWords: 50\n"));
        var diagnostics = new DiagnosticBag();

        DocsetConfigReader.Read(FileInventory.Scan(docset.Root, diagnostics), diagnostics);

        var warning = Assert.Single(diagnostics.ToSortedList());
        Assert.Equal(Severity.Warning, warning.Severity);
        Assert.Contains("'bodyWords' has no effect", warning.Message);
    }

    [Fact]
    public void Unknown_key_is_a_warning_on_its_line()
    {
        using var docset = TempDocset.Create(("partnerdocs.yml", "title: T\nsourcelocale: es-es\n"));
        var diagnostics = new DiagnosticBag();

        DocsetConfigReader.Read(FileInventory.Scan(docset.Root, diagnostics), diagnostics);

        var finding = Assert.Single(diagnostics.ToSortedList());
        Assert.Equal(("config.invalid", Severity.Warning, 2, 1), (finding.Rule, finding.Severity, finding.Location?.Line, finding.Location?.Column));
        Assert.Contains("unknown setting 'sourcelocale'", finding.Message);
    }

    [Theory]
    [InlineData("locales: en-us\n", 1, "'locales' must be a list")]
    [InlineData("title: T\nbaseUrl: docs/\n", 2, "absolute http(s) URL")]
    [InlineData("title: [a, b]\n", 1, "'title' must be a single value")]
    [InlineData("fallback: maybe\n", 1, "'fallback' is 'fallback' or 'omit'")]
    [InlineData("sourceLocale: Spanish\n", 1, "lowercase BCP-47")]
    [InlineData("title: T\nstatus: public\n", 2, "'status' is true or false, not 'public'")]
    [InlineData("rules:\n  link.anchor-missing: fatal\n", 2, "error, warning, note or off")]
    public void Wrong_type_is_an_error_on_its_line(string yaml, int line, string message)
    {
        using var docset = TempDocset.Create(("partnerdocs.yml", yaml));
        var diagnostics = new DiagnosticBag();

        DocsetConfigReader.Read(FileInventory.Scan(docset.Root, diagnostics), diagnostics);

        var finding = Assert.Single(diagnostics.ToSortedList());
        Assert.Equal((Severity.Error, line), (finding.Severity, finding.Location?.Line));
        Assert.Contains(message, finding.Message);
    }

    [Fact]
    public void Invalid_yaml_is_reported_with_its_line_and_defaults_apply()
    {
        using var docset = TempDocset.Create(("partnerdocs.yml", "title: ok\nlocales: [en-us\n"));
        var diagnostics = new DiagnosticBag();

        var config = DocsetConfigReader.Read(FileInventory.Scan(docset.Root, diagnostics), diagnostics);

        var finding = Assert.Single(diagnostics.ToSortedList());
        Assert.Equal("config.invalid", finding.Rule);
        Assert.InRange(finding.Location!.Value.Line, 2, 3);
        Assert.Null(config.Title);
    }

    [Fact]
    public void Missing_file_means_defaults()
    {
        using var docset = TempDocset.Create();
        var diagnostics = new DiagnosticBag();

        var config = DocsetConfigReader.Read(FileInventory.Scan(docset.Root, diagnostics), diagnostics);

        Assert.Equal(0, diagnostics.Count);
        Assert.Equal(FallbackPolicy.Fallback, config.Fallback);
    }
}
