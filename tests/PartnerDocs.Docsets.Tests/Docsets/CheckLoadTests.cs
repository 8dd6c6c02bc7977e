using PartnerDocs.Diagnostics;
using PartnerDocs.Docsets;
using PartnerDocs.Topics;

namespace PartnerDocs.Tests.Docsets;

/// <summary>
/// A load for check keeps only what check reads: the front matter values it reads (asking for another fails loudly) and a
/// topic's first heading only when it is the title.
/// </summary>
public class CheckLoadTests
{
    // Flat front matter (read without YAML) and the same keys in a block only the YAML reader takes.
    public static TheoryData<string> Blocks => new()
    {
        "---\ntitle: Facturación\ndescription: Cómo pagar.\nms.openlocfilehash: abc123\nms.translationtype: HT\nsource-hash: 0f0f\n---\n# Body\n",
        "---\n# read by YAML\ntitle: Facturación\ndescription: Cómo pagar.\nms.openlocfilehash: abc123\nms.translationtype: HT\nsource-hash: 0f0f\n---\n# Body\n",
    };

    [Theory]
    [MemberData(nameof(Blocks))]
    public void The_checked_values_and_every_line_are_kept(string text)
    {
        var full = FrontMatterReader.SplitOff(text, "es-es/billing.md", new DiagnosticBag()).FrontMatter;

        var kept = FrontMatterReader.SplitOff(text, "es-es/billing.md", new DiagnosticBag(), FrontMatter.CheckedKeys).FrontMatter;

        Assert.Equal((full.Title, full.OpenLocFileHash, full.TranslationType, full.SourceHash), (kept.Title, kept.OpenLocFileHash, kept.TranslationType, kept.SourceHash));
        Assert.Equal(("Facturación", "0f0f"), (kept.Title, kept.SourceHash));
        Assert.Equal(full.LineOf("description"), kept.LineOf("description"));
        Assert.Equal(full.LineCount, kept.LineCount);
    }

    [Theory]
    [MemberData(nameof(Blocks))]
    public void Asking_for_a_value_check_does_not_keep_throws_instead_of_answering_none(string text)
    {
        var kept = FrontMatterReader.SplitOff(text, "es-es/billing.md", new DiagnosticBag(), FrontMatter.CheckedKeys).FrontMatter;

        Assert.Contains("FrontMatter.CheckedKeys", Assert.Throws<InvalidOperationException>(() => kept.Description).Message);
        Assert.Throws<InvalidOperationException>(() => kept.Entries);
    }

    [Fact]
    public void A_repeated_key_is_reported_even_when_its_value_is_not_kept()
    {
        const string text = "---\ntitle: A\ndescription: x\ndescription: y\n---\n";
        var (all, kept) = (new DiagnosticBag(), new DiagnosticBag());

        FrontMatterReader.SplitOff(text, "en-us/a.md", all);
        FrontMatterReader.SplitOff(text, "en-us/a.md", kept, FrontMatter.CheckedKeys);

        var repeated = Assert.Single(kept.ToSortedList(), d => d.Rule == Rules.FrontMatterInvalid);
        Assert.Equal(Assert.Single(all.ToSortedList()), repeated);
        Assert.Equal(4, repeated.Location!.Value.Line);
    }

    [Fact]
    public void Check_loads_keep_only_the_checked_values_and_builds_keep_them_all()
    {
        using var docset = new TempDocset()
            .Write("en-us/TOC.md", "# [A](a.md)\n")
            .Write("en-us/a.md", "---\ntitle: A\ndescription: About A.\n---\n# A\n");

        var checkLoad = DocsetLoader.Load(docset.Root, searchText: false, bodies: KeptBodies.None).Locale("en-us")!.Topics["a.md"].FrontMatter;
        var buildLoad = DocsetLoader.Load(docset.Root).Locale("en-us")!.Topics["a.md"].FrontMatter;

        Assert.Equal("A", checkLoad.Title);
        Assert.Throws<InvalidOperationException>(() => checkLoad.Description);
        Assert.Equal("About A.", buildLoad.Description);
    }

    [Fact]
    public void A_check_load_keeps_the_level_1_heading_only_of_a_topic_its_front_matter_does_not_title()
    {
        using var docset = new TempDocset()
            .Write("en-us/TOC.md", "# [A](a.md)\n# [B](b.md)\n")
            .Write("en-us/a.md", "---\ntitle: Front title\n---\n# Heading A\n")
            .Write("en-us/b.md", "# Heading B\n");

        var topics = DocsetLoader.Load(docset.Root, searchText: false, bodies: KeptBodies.None).Locale("en-us")!.Topics;

        Assert.Equal(("Front title", "Heading B"), (topics["a.md"].Title, topics["b.md"].Title));
        Assert.Empty(topics["a.md"].Markdown.Headings);
        Assert.Contains(topics["a.md"].Markdown.Anchors, anchor => anchor.Id == "heading-a");
        Assert.Equal("Heading B", Assert.Single(topics["b.md"].Markdown.Headings).Text);
    }
}
