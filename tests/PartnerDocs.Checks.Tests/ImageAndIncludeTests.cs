using PartnerDocs.Diagnostics;
using PartnerDocs.Validation;
using static PartnerDocs.Tests.CheckHarness;

namespace PartnerDocs.Tests.Validation;

public class ImageAndIncludeTests
{
    [Fact]
    public void Missing_image_is_reported_with_the_closest_image()
    {
        using var docset = TwoLocales(("en-us/billing.md", "---\ntitle: Billing\n---\n# Billing\n\n## Read your bill\n\n![bill](media/bil.png)\n"));
        docset.Write("en-us/media/bill.png", "png");

        var finding = Single(docset, Rules.ImageTargetMissing);

        Assert.Equal(new SourceLocation("en-us/billing.md", 8, 1), finding.Location);
        Assert.Equal("media/bill.png", finding.Suggestion);
    }

    [Fact]
    public void A_translation_without_the_image_uses_the_source_locale_copy()
    {
        using var docset = TwoLocales(
            ("en-us/billing.md", "---\ntitle: Billing\n---\n# Billing\n\n## Read your bill\n\n![bill](media/bill.png)\n"),
            ("es-es/billing.md", "---\ntitle: Billing\n---\n# Billing\n\n## Read your bill\n\n![factura](media/bill.png)\n"));
        docset.Write("en-us/media/bill.png", "png");

        Assert.Empty(Findings(docset, Rules.ImageTargetMissing));
    }

    [Fact]
    public void An_image_a_translation_borrows_from_the_source_is_a_note_naming_the_file_to_localize()
    {
        using var docset = TwoLocales(
            ("en-us/billing.md", "---\ntitle: Billing\n---\n# Billing\n\n## Read your bill\n\n![bill](media/bill.png) ![logo](media/logo.png)\n"),
            ("es-es/billing.md", "---\ntitle: Billing\n---\n# Billing\n\n## Read your bill\n\n![factura](media/bill.png) ![logo](media/logo.png)\n"));
        docset.Write("en-us/media/bill.png", "png").Write("en-us/media/logo.png", "png").Write("es-es/media/logo.png", "png");

        var note = Single(docset, RuleCatalog.ResourceFallback);

        Assert.Equal(Severity.Note, note.Severity);
        Assert.Equal(new SourceLocation("es-es/billing.md", 8, 1), note.Location);
        Assert.Equal("media/bill.png", note.Target);
        Assert.Contains("en-us/media/bill.png", note.Message);
    }

    [Fact]
    public void Missing_include_is_reported_and_a_present_one_is_not()
    {
        using var docset = TwoLocales(("en-us/billing.md", "---\ntitle: Billing\n---\n# Billing\n\n## Read your bill\n\n[!INCLUDE[note](includes/note.md)]\n\n[!INCLUDE[tip](includes/tpi.md)]\n"));
        docset.Write("en-us/includes/note.md", "A note.\n");
        docset.Write("en-us/includes/tip.md", "A tip.\n");

        var finding = Single(docset, Rules.IncludeTargetMissing);

        Assert.Equal(new SourceLocation("en-us/billing.md", 10, 1), finding.Location);
        Assert.Equal("includes/tpi.md", finding.Target);
        Assert.Equal("includes/tip.md", finding.Suggestion);
    }

    [Fact]
    public void Links_inside_an_included_file_resolve_from_that_file()
    {
        using var docset = TwoLocales(("en-us/billing.md", "---\ntitle: Billing\n---\n# Billing\n\n## Read your bill\n\n[!INCLUDE[note](includes/note.md)]\n"));
        docset.Write("en-us/includes/note.md", "See [home](../index.md) and [bill](../biling.md).\n");

        var finding = Single(docset, Rules.LinkTargetMissing);

        Assert.Equal(new SourceLocation("en-us/includes/note.md", 1, 29), finding.Location);
        Assert.Equal("../billing.md", finding.Suggestion);
    }

    [Fact]
    public void Markdown_link_in_a_raw_html_block_is_a_warning()
    {
        using var docset = TwoLocales(("en-us/billing.md", "---\ntitle: Billing\n---\n# Billing\n\n## Read your bill\n\n<table><tr><td>\nSee [home](index.md)\n</td></tr></table>\n\nA normal [link](index.md).\n"));

        var finding = Single(docset, Rules.LinkInRawHtml);

        Assert.Equal(Severity.Warning, finding.Severity);
        Assert.Equal("en-us/billing.md", finding.Location?.File);
        Assert.Equal(9, finding.Location?.Line);
    }

    [Fact]
    public void Missing_title_is_reported_and_a_titled_topic_is_not()
    {
        using var docset = TwoLocales(("en-us/billing.md", "---\ndescription: no title\n---\n# Billing\n\n## Read your bill\n"));

        var finding = Single(docset, Rules.FrontMatterMissingTitle);

        Assert.Equal(new SourceLocation("en-us/billing.md", 1), finding.Location);
        Assert.Contains("'Billing'", finding.Message);
    }
}
