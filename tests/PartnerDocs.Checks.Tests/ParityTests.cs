using PartnerDocs.Diagnostics;
using PartnerDocs.Topics;
using static PartnerDocs.Tests.CheckHarness;

namespace PartnerDocs.Tests.Validation;

public class ParityTests
{
    private const string Billing = "---\ntitle: Billing\n---\n# Billing\n\n## Read your bill\n\nBack [home](index.md).\n";

    [Fact]
    public void A_source_topic_a_translation_lacks_is_untranslated_under_fallback()
    {
        using var docset = TwoLocales(("en-us/extra.md", "---\ntitle: Extra\n---\n# Extra\n"), ("en-us/TOC.md", "# [Home](index.md)\n## [Billing](billing.md)\n## [Extra](extra.md)\n"));

        var finding = Single(docset, Rules.ParityUntranslated);

        Assert.Equal(Severity.Note, finding.Severity);
        Assert.Equal("es-es", finding.Locale);
        Assert.Equal("extra.md", finding.Target);
        Assert.Empty(Findings(docset, Rules.ParityTopicMissing));
    }

    [Fact]
    public void A_source_topic_a_translation_lacks_is_missing_when_fallback_is_omit()
    {
        using var docset = TwoLocales(("partnerdocs.yml", "fallback: omit\n"), ("en-us/extra.md", "---\ntitle: Extra\n---\n# Extra\n"));

        Assert.Equal("extra.md", Single(docset, Rules.ParityTopicMissing).Target);
        Assert.Empty(Findings(docset, Rules.ParityUntranslated));
    }

    [Fact]
    public void A_topic_only_the_translation_has_is_extra()
    {
        using var docset = TwoLocales(("es-es/solo.md", "---\ntitle: Solo\n---\n# Solo\n"));

        var finding = Single(docset, Rules.ParityTopicExtra);

        Assert.Equal(new SourceLocation("es-es/solo.md", 1), finding.Location);
    }

    [Fact]
    public void Toc_differences_name_the_line_in_both_files()
    {
        using var docset = TwoLocales(
            ("en-us/TOC.md", "# [Home](index.md)\n## [Billing](billing.md)\n## [A](a.md)\n## [B](b.md)\n### [C](c.md)\n"),
            ("es-es/TOC.md", "# [Home](index.md)\n## [B](b.md)\n## [A](a.md)\n## [C](c.md)\n## [D](d.md)\n"),
            ("en-us/a.md", "---\ntitle: A\n---\n# A\n"), ("es-es/a.md", "---\ntitle: A\n---\n# A\n"),
            ("en-us/b.md", "---\ntitle: B\n---\n# B\n"), ("es-es/b.md", "---\ntitle: B\n---\n# B\n"),
            ("en-us/c.md", "---\ntitle: C\n---\n# C\n"), ("es-es/c.md", "---\ntitle: C\n---\n# C\n"),
            ("en-us/d.md", "---\ntitle: D\n---\n# D\n"), ("es-es/d.md", "---\ntitle: D\n---\n# D\n"));

        var findings = Findings(docset, Rules.ParityTocMismatch);

        var missing = Assert.Single(findings, f => f.Message.StartsWith("missing:"));
        Assert.Equal("billing.md", missing.Target);
        Assert.Contains("en-us/TOC.md:2", missing.Message);
        var level = Assert.Single(findings, f => f.Message.StartsWith("different level:"));
        Assert.Equal(new SourceLocation("es-es/TOC.md", 4, 1), level.Location);
        Assert.Contains("en-us/TOC.md:5", level.Message);
        var extra = Assert.Single(findings, f => f.Message.StartsWith("extra:"));
        Assert.Equal(5, extra.Location?.Line);
        var moved = Assert.Single(findings, f => f.Message.StartsWith("moved:"));
        Assert.Contains("en-us/TOC.md:", moved.Message);
    }

    [Fact]
    public void Link_targets_that_differ_are_reported_both_ways()
    {
        using var docset = TwoLocales(
            ("en-us/billing.md", Billing + "\nSee [pricing](https://example.com/en-us/pricing) and [docs](https://learn.example.com/en-us/docs/).\n"),
            ("es-es/billing.md", Billing + "\nVea [precios](https://example.com/es-es/pricing) y [otro](https://other.example.com/).\n"));

        var findings = Findings(docset, Rules.ParityLinkMismatch);

        Assert.Equal(2, findings.Count);
        var lacking = Assert.Single(findings, f => f.Location?.Line == 1);
        Assert.Contains("en-us/billing.md:10", lacking.Message);
        var added = Assert.Single(findings, f => f.Location?.Line == 10);
        Assert.Equal("es-es/billing.md", added.Location?.File);
    }

    [Fact]
    public void The_same_link_targets_in_another_order_or_repeated_are_no_mismatch()
    {
        using var docset = TwoLocales(
            ("en-us/billing.md", Billing + "\nSee [pricing](https://example.com/en-us/pricing), [home](index.md#top) and [home](index.md).\n"),
            ("es-es/billing.md", Billing + "\nVea [inicio](index.md), [precios](https://example.com/es-es/pricing) y [precios](https://example.com/es-es/pricing#a).\n"));

        Assert.Empty(Findings(docset, Rules.ParityLinkMismatch));
    }

    [Fact]
    public void A_link_out_of_the_locale_folder_differs_from_one_to_the_same_path_inside_it()
    {
        using var docset = TwoLocales(
            ("shared/diagram.png", "png"),
            ("es-es/shared/diagram.png", "png"),
            ("en-us/billing.md", Billing + "\nSee [diagram](../shared/diagram.png), [Azure](/azure/overview) and [inicio](../es-es/index.md).\n"),
            ("es-es/billing.md", Billing + "\nVea [diagrama](shared/diagram.png), [Azure](/azure/overview) y [inicio](../es-es/index.md).\n"));

        var findings = Findings(docset, Rules.ParityLinkMismatch);

        // The translation's own index.md is also what "Back home" links to, so only the source's targets outside en-us lack a match.
        Assert.Equal<string?>(["/es-es/index.md", "/shared/diagram.png", "shared/diagram.png"], findings.Select(f => f.Target).Order(StringComparer.Ordinal).ToList());
    }

    [Fact]
    public void Explicit_and_linked_anchors_the_translation_lacks_are_reported()
    {
        using var docset = TwoLocales(
            ("en-us/billing.md", "---\ntitle: Billing\n---\n# Billing\n\n## Read your bill\n\n## Taxes {#taxes}\n\n## Unlinked heading\n\nBack [home](index.md).\n"),
            ("es-es/billing.md", "---\ntitle: Billing\n---\n# Facturación\n\n## Lea su factura\n\n## Impuestos\n\n## Otro\n\nBack [home](index.md).\n"),
            ("es-es/index.md", "---\ntitle: Home\n---\n# Home\n\nSee [billing](billing.md#lea-su-factura).\n"));

        var findings = Findings(docset, Rules.ParityAnchorMissing);

        Assert.Equal<string?>(["read-your-bill", "taxes"], findings.Select(f => f.Target).Order().ToList());
        Assert.All(findings, f => Assert.Equal("es-es/billing.md", f.Location?.File));
    }

    [Fact]
    public void A_translation_made_from_an_older_source_is_stale_and_a_stamped_one_is_not()
    {
        var hash = ContentHash.Of("# Billing\n\n## Read your bill\n\nBack [home](index.md).\n");
        using var docset = TwoLocales(
            ("es-es/billing.md", $"---\ntitle: Billing\nsource-hash: 0000000000000000\n---\n# Billing\n\n## Read your bill\n\nBack [home](index.md).\n"),
            ("es-es/index.md", $"---\ntitle: Home\nsource-hash: {ContentHash.Of("# Home\n\nSee [billing](billing.md#read-your-bill).\n")}\n---\n# Home\n\nSee [billing](billing.md#read-your-bill).\n"));

        var finding = Single(docset, Rules.ParityStale);

        Assert.Equal(new SourceLocation("es-es/billing.md", 3), finding.Location);
        Assert.Contains(hash, finding.Message);
    }

    [Fact]
    public void Ops_translations_compare_ms_openlocfilehash()
    {
        using var docset = TwoLocales(
            ("en-us/billing.md", "---\ntitle: Billing\nms.openlocfilehash: aaaa\n---\n# Billing\n\n## Read your bill\n"),
            ("es-es/billing.md", "---\ntitle: Billing\nms.openlocfilehash: bbbb\n---\n# Billing\n\n## Read your bill\n"),
            ("en-us/index.md", "---\ntitle: Home\nms.openlocfilehash: cccc\n---\n# Home\n"),
            ("es-es/index.md", "---\ntitle: Home\nms.openlocfilehash: cccc\n---\n# Home\n"));

        var finding = Single(docset, Rules.ParityStale);

        Assert.Equal(new SourceLocation("es-es/billing.md", 3), finding.Location);
    }
}
