using PartnerDocs.Diagnostics;
using static PartnerDocs.Tests.CheckHarness;

namespace PartnerDocs.Tests.Validation;

public class LinkRuleTests
{
    [Fact]
    public void A_clean_two_locale_docset_has_no_findings()
    {
        using var docset = TwoLocales();

        Assert.Empty(Check(docset).Diagnostics);
    }

    [Fact]
    public void Missing_link_target_is_reported_with_the_closest_file()
    {
        using var docset = TwoLocales(("en-us/index.md", "---\ntitle: Home\n---\n# Home\n\nSee [billing](biling.md).\n"));

        var finding = Single(docset, Rules.LinkTargetMissing);

        Assert.Equal(new SourceLocation("en-us/index.md", 6, 5), finding.Location);
        Assert.Equal("biling.md", finding.Target);
        Assert.Equal("billing.md", finding.Suggestion);
        Assert.Equal(Severity.Error, finding.Severity);
        Assert.Equal("en-us", finding.Locale);
    }

    [Fact]
    public void Missing_anchor_is_reported_with_the_closest_heading_id()
    {
        using var docset = TwoLocales(("en-us/index.md", "---\ntitle: Home\n---\n# Home\n\nSee [billing](billing.md#read-you-bill).\n"));

        var finding = Single(docset, Rules.LinkAnchorMissing);

        Assert.Equal(6, finding.Location?.Line);
        Assert.Equal("billing.md#read-your-bill", finding.Suggestion);
    }

    [Fact]
    public void A_link_that_differs_only_in_case_says_so()
    {
        using var docset = TwoLocales(("en-us/index.md", "---\ntitle: Home\n---\n# Home\n\nSee [billing](Billing.md).\n"));

        var finding = Single(docset, Rules.LinkTargetMissing);

        Assert.Contains("only in letter case", finding.Message);
        Assert.Equal("billing.md", finding.Suggestion);
    }

    [Fact]
    public void An_anchor_that_differs_only_in_case_says_so()
    {
        using var docset = TwoLocales(("en-us/index.md", "---\ntitle: Home\n---\n# Home\n\nSee [billing](billing.md#Read-Your-Bill).\n"));

        var finding = Single(docset, Rules.LinkAnchorMissing);

        Assert.Contains("only in letter case", finding.Message);
        Assert.Equal("billing.md#read-your-bill", finding.Suggestion);
    }

    [Fact]
    public void A_file_name_that_differs_only_in_unicode_normalization_says_so()
    {
        var nfc = "caf\u00e9.md";
        var nfd = "cafe\u0301.md";
        using var docset = TwoLocales(
            ("en-us/TOC.md", $"# [Home](index.md)\n## [Billing](billing.md)\n## [Café]({nfc})\n"),
            ("es-es/TOC.md", $"# [Home](index.md)\n## [Billing](billing.md)\n## [Café]({nfc})\n"),
            ($"en-us/{nfc}", "---\ntitle: Café\n---\n# Café\n"),
            ($"es-es/{nfc}", "---\ntitle: Café\n---\n# Café\n"),
            ("en-us/index.md", $"---\ntitle: Home\n---\n# Home\n\nSee [café]({nfd}).\n"));

        var finding = Single(docset, Rules.LinkTargetMissing);

        Assert.Contains("Unicode normalization", finding.Message);
        Assert.Equal(nfc, finding.Suggestion);
    }

    [Fact]
    public void Percent_encoded_links_and_explicit_anchors_resolve()
    {
        using var docset = TwoLocales(
            ("en-us/billing.md", "---\ntitle: Billing\n---\n# Billing\n\n## Read your bill\n\n## Custom {#custom-id}\n\n<a name=\"old-name\"></a>\n\n<div id=\"box\"></div>\n\nBack [home](index.md).\n"),
            ("en-us/index.md", "---\ntitle: Home\n---\n# Home\n\n[a](billing.md#custom-id) [b](billing%2Emd#old-name) [c](./billing.md#box) [d](#home) [e](https://example.com/x.md) [f](mailto:a@b.c)\n"));

        var diagnostics = Check(docset).Diagnostics.Where(d => d.Locale == "en-us" && d.Rule.StartsWith("link.", StringComparison.Ordinal));

        Assert.Empty(diagnostics);
    }

    [Fact]
    public void A_link_climbing_above_the_docset_root_is_outside_the_docset()
    {
        using var docset = TwoLocales(("en-us/index.md", "---\ntitle: Home\n---\n# Home\n\n[up](../../elsewhere.md) [root](../README.md)\n"));
        docset.Write("README.md", "# readme\n");

        var findings = Findings(docset, Rules.LinkOutsideDocset);

        Assert.Equal<string?>(["../../elsewhere.md", "../README.md"], findings.Select(f => f.Target).ToList());
        Assert.Contains("climbs above the docset root", findings[0].Message);
        Assert.Contains("outside every locale folder", findings[1].Message);
    }

    [Fact]
    public void A_link_into_another_locale_is_a_cross_locale_warning_and_is_still_resolved()
    {
        using var docset = TwoLocales(("es-es/index.md", "---\ntitle: Home\n---\n# Home\n\nSee [billing](billing.md#read-your-bill) [en](../en-us/billing.md) [gone](../en-us/nope.md).\n"));

        var report = Check(docset);

        var cross = report.Diagnostics.Where(d => d.Rule == "link.cross-locale").ToList();
        Assert.Equal(2, cross.Count);
        Assert.All(cross, d => Assert.Equal(Severity.Warning, d.Severity));
        Assert.Equal("../en-us/nope.md", Assert.Single(report.Diagnostics, d => d.Rule == Rules.LinkTargetMissing).Target);
    }
}
