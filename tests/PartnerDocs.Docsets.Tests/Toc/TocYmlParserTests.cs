using PartnerDocs.Diagnostics;
using PartnerDocs.Files;
using PartnerDocs.Toc;

namespace PartnerDocs.Tests.Toc;

public sealed class TocYmlParserTests : IDisposable
{
    private const string Root = "en-us/toc.yml";
    private readonly TempDocset docset = new();
    private readonly DiagnosticBag diagnostics = new();

    public void Dispose() => docset.Dispose();

    private TocTree Parse(string yaml)
    {
        docset.Write(Root, yaml);
        return TocYmlParser.Parse(FileInventory.Scan(docset.Root, new DiagnosticBag()), Root, diagnostics);
    }

    [Fact]
    public void Reads_every_key()
    {
        var tree = Parse("""
            - name: Home
              href: index.md
              displayName: Start
              uid: home
              expanded: true
              items:
              - name: Billing
                href: billing.md#top
                topicUid: billing
              - name: Support
                topicHref: support/index.md
            """);

        Assert.Equal(0, diagnostics.Count);
        var home = Assert.Single(tree.Roots);
        Assert.Equal(("Home", "index.md", true, 1), (home.Title, home.Href, home.Expanded, home.Level));
        Assert.Equal(new SourceLocation(Root, 1, 3), home.Location);
        Assert.Equal(["billing.md#top", null], home.Children.Select(n => n.Href));
        Assert.Equal("support/index.md", home.Children[1].PageHref);
        Assert.Equal(new SourceLocation(Root, 7, 5), home.Children[0].Location);
        Assert.All(home.Children, n => Assert.Equal((2, false), (n.Level, n.Expanded)));
    }

    [Fact]
    public void Accepts_a_root_mapping_with_items()
    {
        var tree = Parse("""
            items:
            - name: Home
              href: index.md
            """);

        Assert.Equal(0, diagnostics.Count);
        Assert.Equal("index.md", Assert.Single(tree.Roots).Href);
    }

    [Fact]
    public void Empty_file_is_an_empty_tree()
    {
        Assert.Empty(Parse("").Roots);
        Assert.Equal(0, diagnostics.Count);
    }

    [Fact]
    public void Nested_toc_by_file_is_included_with_hrefs_rebased()
    {
        docset.Write("en-us/billing/toc.yml", """
            - name: Read your bill
              href: read.md
            - name: Shared
              href: ../shared.md#a
            - name: Elsewhere
              href: https://example.com/x.md
            - name: Deeper
              href: deeper/TOC.md
            """);
        docset.Write("en-us/billing/deeper/TOC.md", "# [Deep](deep.md)\n## [Deepest](x/deepest.md)\n");

        var tree = Parse("""
            - name: Home
              href: index.md
            - name: Billing
              href: billing/toc.yml
              topicHref: billing/index.md
            """);

        Assert.Equal(0, diagnostics.Count);
        Assert.Equal(
            """
            1|Home|index.md|1:3
            1|Billing||3:3
              2|Read your bill|billing/read.md|1:3
              2|Shared|shared.md#a|3:3
              2|Elsewhere|https://example.com/x.md|5:3
              2|Deeper||7:3
                3|Deep|billing/deeper/deep.md|1:1
                  4|Deepest|billing/deeper/x/deepest.md|2:1
            """.ReplaceLineEndings("\n"),
            TocAssert.Outline(tree));
        var billing = tree.Roots[1];
        Assert.Equal("billing/index.md", billing.PageHref);
        Assert.Equal("en-us/billing/toc.yml", billing.Children[0].Location.File);
        Assert.Equal("en-us/billing/deeper/TOC.md", billing.Children[3].Children[0].Location.File);
    }

    [Fact]
    public void Nested_toc_by_folder_prefers_TOC_md_then_toc_yml()
    {
        docset.Write("en-us/a/TOC.md", "# [From md](a.md)\n");
        docset.Write("en-us/a/toc.yml", "- name: From yml\n  href: a.md\n");
        docset.Write("en-us/b/toc.yml", "- name: From yml\n  href: b.md\n");

        var tree = Parse("""
            - name: A
              href: a/
            - name: B
              href: b/
            """);

        Assert.Equal(0, diagnostics.Count);
        Assert.Equal(["A", "From md", "B", "From yml"], tree.All().Select(n => n.Title));
        Assert.Equal(["a/a.md", "b/b.md"], tree.Roots.Select(n => n.Children.Single().Href));
    }

    [Fact]
    public void Cycle_between_nested_tocs_is_reported_where_it_closes()
    {
        docset.Write("en-us/a/toc.yml", """
            - name: Page
              href: page.md
            - name: Back
              href: ../toc.yml
            """);

        var tree = Parse("""
            - name: A
              href: a/toc.yml
            """);

        var diagnostic = TocAssert.Single(diagnostics);
        TocAssert.At(diagnostic, Rules.TocCycle, Severity.Error, "en-us/a/toc.yml", 4, 9);
        Assert.Contains("en-us/toc.yml -> en-us/a/toc.yml -> en-us/toc.yml", diagnostic.Message);
        Assert.Equal(["A", "Page", "Back"], tree.All().Select(n => n.Title));
    }

    [Fact]
    public void Toc_including_itself_is_a_cycle()
    {
        Parse("- name: Self\n  href: ./\n");

        TocAssert.At(TocAssert.Single(diagnostics), Rules.TocCycle, Severity.Error, Root, 2, 9);
    }

    [Fact]
    public void Missing_nested_toc_is_reported_at_its_href_and_parsing_goes_on()
    {
        var tree = Parse("""
            - name: Gone
              href: gone/toc.yml
            - name: Empty folder
              href: nothing/
            - name: After
              href: after.md
            """);

        var found = diagnostics.ToSortedList();
        Assert.Equal(2, found.Count);
        TocAssert.At(found[0], Rules.TocTargetMissing, Severity.Error, Root, 2, 9);
        Assert.Contains("en-us/gone/toc.yml", found[0].Message);
        TocAssert.At(found[1], Rules.TocTargetMissing, Severity.Error, Root, 4, 9);
        Assert.Equal(["Gone", "Empty folder", "After"], tree.All().Select(n => n.Title));
    }

    [Fact]
    public void Nested_toc_outside_the_docset_is_reported()
    {
        Parse("- name: Out\n  href: ../../toc.yml\n");

        var diagnostic = TocAssert.Single(diagnostics);
        TocAssert.At(diagnostic, Rules.TocTargetMissing, Severity.Error, Root, 2, 9);
        Assert.Contains("outside the docset", diagnostic.Message);
    }

    [Theory]
    [InlineData("- name: A\n  href: a.md\n- name: B\n   bad: x\n", 4, 7)]
    [InlineData("- name: A\n  name: B\n", 2, 3)]
    [InlineData("- name: A\n  href: [a.md\n- name: B\n", 2, 9)]
    public void Invalid_yaml_is_reported_at_its_line(string yaml, int line, int column)
    {
        var tree = Parse(yaml);

        var diagnostic = TocAssert.Single(diagnostics);
        TocAssert.At(diagnostic, Rules.TocSyntax, Severity.Error, Root, line, column);
        Assert.StartsWith("invalid YAML: ", diagnostic.Message);
        Assert.Empty(tree.Roots);
    }

    [Fact]
    public void Unknown_keys_are_kept_as_metadata_with_one_note_per_key_and_file()
    {
        var tree = Parse("""
            - name: Home
              hreff: index.md
            - name: Next
              href: next.md
              hreff: other.md
            """);

        var diagnostic = TocAssert.Single(diagnostics);
        TocAssert.At(diagnostic, Rules.TocSyntax, Severity.Note, Root, 2, 3);
        Assert.Contains("'hreff'", diagnostic.Message);
        Assert.Equal(["Home", "Next"], tree.Roots.Select(n => n.Title));
        Assert.Equal("other.md", tree.Roots[1].Metadata["hreff"]);
    }

    [Fact]
    public void Keys_are_read_as_DocFX_writers_spell_them_in_the_real_corpus()
    {
        // Shapes from partner-center-full/es-es/TOC.yml and breadcrumb/toc.yml.
        var tree = Parse("""
            - name: Azure y ventajas de la nube
              href: mpn-benefits-azure-cloud.md
              displayname: 'activate, azure license, mpn, renew'
            - name: Action Pack
              href: mpn-get-action-pack.md
              displayName: 'renew, mpn'
            - name: Anuncios
              tocHref: /partner-center/announcements/
              topicHref: /partner-center/announcements/
              topicUid: announcements
            """);

        Assert.Equal(0, diagnostics.Count);
        Assert.Equal(["activate, azure license, mpn, renew", "renew, mpn", null], tree.Roots.Select(n => n.DisplayName));
        Assert.Equal("/partner-center/announcements/", tree.Roots[2].TocHref);
        Assert.Equal("announcements", tree.Roots[2].Uid);
    }

    [Fact]
    public void Href_to_an_upper_case_TOC_md_in_a_folder_nests_it_with_hrefs_rebased()
    {
        docset.Write("en-us/announcements/TOC.md", "# [Announcements](index.md)\n# [May 2021](2021-may.md)\n");

        var tree = Parse("""
            - name: Home
              href: index.yml
            - name: Announcements
              href: announcements/TOC.md
            """);

        Assert.Equal(0, diagnostics.Count);
        var group = tree.Roots[1];
        Assert.Null(group.Href);
        Assert.Equal(["announcements/index.md", "announcements/2021-may.md"], group.Children.Select(c => c.Href));
        Assert.All(group.Children, c => Assert.Equal(2, c.Level));
        Assert.Equal(new SourceLocation("en-us/announcements/TOC.md", 2, 1), group.Children[1].Location);
    }

    [Fact]
    public void A_TOC_md_entry_deep_in_a_root_TOC_md_nests_its_TOC_with_hrefs_rebased()
    {
        docset.Write("en-us/a/TOC.md", "# [Page](page.md)\n");
        docset.Write("en-us/TOC.md", "# [Home](index.md)\n# Group\n## [Part](a/TOC.md)\n");

        var tree = TocYmlParser.Parse(FileInventory.Scan(docset.Root, new DiagnosticBag()), "en-us/TOC.md", diagnostics);

        var part = Assert.Single(tree.Roots[1].Children);
        Assert.Null(part.Href);
        Assert.Equal(["a/page.md"], part.Children.Select(c => c.Href));
        Assert.Equal([2, 3], [part.Level, part.Children[0].Level]);
    }

    [Fact]
    public void A_TOC_md_entry_naming_another_TOC_nests_it_and_a_cycle_back_is_reported()
    {
        docset.Write("en-us/a/toc.yml", "- name: A page\n  href: page.md\n- name: Back\n  href: ../toc.md\n");
        docset.Write("en-us/toc.md", "# [Home](index.md)\n# [Section A](a/toc.yml)\n");

        var tree = TocYmlParser.Parse(FileInventory.Scan(docset.Root, new DiagnosticBag()), "en-us/toc.md", diagnostics);

        var section = tree.Roots[1];
        Assert.Equal(["a/page.md", null], section.Children.Select(c => c.Href));
        var cycle = TocAssert.Single(diagnostics);
        TocAssert.At(cycle, Rules.TocCycle, Severity.Error, "en-us/a/toc.yml", 4, 9);
        Assert.Contains("en-us/toc.md -> en-us/a/toc.yml -> en-us/toc.md", cycle.Message);
    }

    [Theory]
    [InlineData("- name: A\n  items: text\n", 2, 10, "'items' must be a list")]
    [InlineData("- name: A\n  expanded: yes\n", 2, 13, "'expanded' must be true or false, found \"yes\"")]
    [InlineData("- name: [a, b]\n", 1, 9, "'name' must be text, found a list")]
    [InlineData("- name: A\n- just text\n", 2, 3, "a TOC item must be a mapping")]
    [InlineData("name: A\n", 1, 1, "unknown key \"name\" at the top")]
    [InlineData("just text\n", 1, 1, "a toc.yml holds a list of items")]
    public void Wrong_type_is_reported_at_the_value(string yaml, int line, int column, string message)
    {
        Parse(yaml);

        var diagnostic = TocAssert.Single(diagnostics);
        Assert.Equal(new SourceLocation(Root, line, column), diagnostic.Location);
        Assert.Contains(message, diagnostic.Message);
    }

    [Fact]
    public void Item_without_name_is_reported_and_kept()
    {
        var tree = Parse("""
            - href: a.md
            - name: B
              href: b.md
            """);

        TocAssert.At(TocAssert.Single(diagnostics), Rules.TocSyntax, Severity.Error, Root, 1, 3);
        Assert.Equal(["a.md", "b.md"], tree.Roots.Select(n => n.Href));
    }

    [Fact]
    public void Missing_file_is_reported_not_thrown()
    {
        var tree = TocYmlParser.Parse(FileInventory.Scan(docset.Root, new DiagnosticBag()), "fr-fr/toc.yml", diagnostics);

        TocAssert.At(TocAssert.Single(diagnostics), Rules.TocUnreadable, Severity.Error, "fr-fr/toc.yml", 1, 1);
        Assert.Empty(tree.Roots);
    }
}
