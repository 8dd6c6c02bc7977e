using PartnerDocs.Diagnostics;
using static PartnerDocs.Tests.CheckHarness;

namespace PartnerDocs.Tests.Validation;

public class TocRuleTests
{
    [Fact]
    public void Toc_entry_to_a_missing_file_is_reported_with_a_suggestion()
    {
        using var docset = TwoLocales(("en-us/TOC.md", "# [Home](index.md)\n## [Billing](biling.md)\n"));

        var finding = Findings(docset, Rules.TocTargetMissing).Single();

        Assert.Equal(new SourceLocation("en-us/TOC.md", 2, 1), finding.Location);
        Assert.Equal("billing.md", finding.Suggestion);
    }

    [Fact]
    public void Duplicate_toc_entry_is_a_note_naming_the_first_line()
    {
        using var docset = TwoLocales(
            ("en-us/TOC.md", "# [Home](index.md)\n## [Billing](billing.md)\n## [Billing again](billing.md)\n"),
            ("es-es/TOC.md", "# [Home](index.md)\n## [Billing](billing.md)\n## [Billing again](billing.md)\n"));

        var findings = Findings(docset, Rules.TocDuplicateEntry);

        Assert.Equal(2, findings.Count);
        Assert.All(findings, f => Assert.Equal(Severity.Note, f.Severity));
        Assert.Equal(3, findings[0].Location?.Line);
        Assert.Contains("line 2", findings[0].Message);
    }

    [Fact]
    public void Topic_no_toc_lists_is_an_orphan_and_listed_topics_are_not()
    {
        using var docset = TwoLocales(("en-us/hidden.md", "---\ntitle: Hidden\n---\n# Hidden\n"));

        var finding = Single(docset, Rules.TopicOrphan);

        Assert.Equal(new SourceLocation("en-us/hidden.md", 1), finding.Location);
        Assert.Equal("en-us", finding.Locale);
    }
}
