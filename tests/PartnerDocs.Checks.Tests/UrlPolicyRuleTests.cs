using PartnerDocs.Diagnostics;
using PartnerDocs.Paths;
using static PartnerDocs.Tests.CheckHarness;

namespace PartnerDocs.Tests.Validation;

/// <summary>link.unsafe-scheme and site-absolute links: what the one reference resolver decides, as check reports it.</summary>
public class UrlPolicyRuleTests
{
    private static TempDocset WithHome(string body) => TwoLocales(("en-us/index.md", $"---\ntitle: Home\n---\n# Home\n\n{body}\n"));

    [Theory]
    [InlineData("HTTPS://contoso.com", "https")]
    [InlineData(" \u0001java\tscri\npt:alert(1)", "javascript")]
    [InlineData("Data:text/html,x", "data")]
    [InlineData("billing/topic-01.md", null)]
    [InlineData("a/b:c", null)]
    [InlineData(":x", null)]
    [InlineData("", null)]
    public void The_scheme_is_read_as_a_browser_reads_it(string url, string? scheme)
    {
        Assert.Equal(scheme, UrlPolicy.SchemeOf(url));
        Assert.Equal(scheme, UrlPolicy.SchemeOf(url + new string('x', 300))); // past the stack buffer's length
    }

    [Theory]
    [InlineData("[x](javascript:alert(1))")]
    [InlineData("[x](JaVaScRiPt:alert(1))")]
    [InlineData("[x](vbscript:msgbox)")]
    [InlineData("[x](data:text/html,<script>alert(1)</script>)")]
    [InlineData("![x](data:image/svg+xml;base64,PHN2Zz4=)")]
    [InlineData("<javascript:alert(1)>")]
    [InlineData("[x][ref]\n\n[ref]: javascript:alert(1)")]
    [InlineData("<a href=\"java&#9;script:alert(1)\">x</a>")]
    [InlineData("<iframe src=\"javascript:alert(1)\"></iframe>")]
    public void Unsafe_schemes_are_errors_at_their_line(string body)
    {
        using var docset = WithHome(body);

        var finding = Single(docset, Rules.LinkUnsafeScheme);

        Assert.Equal(Severity.Error, finding.Severity);
        Assert.Equal(new SourceLocation("en-us/index.md", 6, finding.Location!.Value.Column), finding.Location);
    }

    [Fact]
    public void A_toc_entry_with_an_unsafe_scheme_is_an_error()
    {
        using var docset = TwoLocales(("en-us/TOC.md", "# [Home](index.md)\n## [Billing](billing.md)\n## [JS](javascript:alert(1))\n"));

        Assert.Equal(new SourceLocation("en-us/TOC.md", 3, 1), Single(docset, Rules.LinkUnsafeScheme).Location);
    }

    [Theory]
    [InlineData("[x](https://example.com/a)")]
    [InlineData("[x](http://example.com/a)")]
    [InlineData("[x](mailto:someone@example.com)")]
    [InlineData("[x](billing.md#read-your-bill)")]
    [InlineData("[x](#home)")]
    [InlineData("<a href=\"billing.md\">x</a>")]
    public void Allowed_schemes_and_relative_links_are_not_flagged(string body)
    {
        using var docset = WithHome(body);

        Assert.Empty(Findings(docset, Rules.LinkUnsafeScheme));
    }

    [Fact]
    public void Site_absolute_links_outside_the_base_path_are_other_sites_never_errors()
    {
        using var docset = TwoLocales(
            ("partnerdocs.yml", "basePath: /partner-center/\n"),
            ("en-us/index.md", "---\ntitle: Home\n---\n# Home\n\n[Azure](/azure/cost-management-billing/) and [M365](/microsoft-365/admin)\n"));

        var report = Check(docset);

        Assert.DoesNotContain(report.Diagnostics, d => d.Severity == Severity.Error);
    }

    [Fact]
    public void Site_absolute_links_outside_the_base_path_can_be_turned_into_notes()
    {
        using var docset = TwoLocales(
            ("partnerdocs.yml", "basePath: /partner-center/\nrules:\n  link.site-external: note\n"),
            ("en-us/index.md", "---\ntitle: Home\n---\n# Home\n\n[Azure](/azure/cost-management-billing/)\n"));

        var note = Single(docset, Rules.LinkSiteExternal);

        Assert.Equal(Severity.Note, note.Severity);
        Assert.Equal("/azure/cost-management-billing/", note.Target);
    }

    [Theory]
    [InlineData("/partner-center/billing.md#read-your-bill")]
    [InlineData("/partner-center/billing")]
    [InlineData("/es-es/partner-center/billing.md")]
    public void Site_absolute_links_under_the_base_path_are_checked_like_relative_ones(string url)
    {
        using var docset = TwoLocales(
            ("partnerdocs.yml", "baseUrl: https://learn.example.com/partner-center/\n"),
            ("en-us/index.md", $"---\ntitle: Home\n---\n# Home\n\n[ok]({url}) and [broken](/partner-center/no-such-page.md)\n"));

        var missing = Single(docset, Rules.LinkTargetMissing);

        Assert.Equal("/partner-center/no-such-page.md", missing.Target);
    }
}
