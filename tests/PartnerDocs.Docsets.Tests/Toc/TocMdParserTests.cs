using PartnerDocs.Diagnostics;
using PartnerDocs.Toc;

namespace PartnerDocs.Tests.Toc;

public class TocMdParserTests
{
    private const string File = "en-us/TOC.md";

    private static (TocTree Tree, DiagnosticBag Diagnostics) Parse(params string[] lines)
    {
        var diagnostics = new DiagnosticBag();
        return (TocMdParser.Parse(string.Join("\n", lines), File, diagnostics), diagnostics);
    }

    private static Diagnostic SingleError(DiagnosticBag diagnostics, int line, int column)
    {
        var diagnostic = TocAssert.Single(diagnostics);
        TocAssert.At(diagnostic, Rules.TocSyntax, Severity.Error, File, line, column);
        return diagnostic;
    }

    [Fact]
    public void Levels_build_the_tree_and_blank_lines_are_ignored()
    {
        var (tree, diagnostics) = Parse("# [Home](index.md)", "", "## [Billing](billing.md)", "### [Read](read.md)", "   ", "## [Support](support.md)");

        Assert.Equal(0, diagnostics.Count);
        Assert.Equal(
            """
            1|Home|index.md|1:1
              2|Billing|billing.md|3:1
                3|Read|read.md|4:1
              2|Support|support.md|6:1
            """.ReplaceLineEndings("\n"),
            TocAssert.Outline(tree));
    }

    [Fact]
    public void Heading_without_a_link_is_a_group()
    {
        var (tree, diagnostics) = Parse("# Getting started", "## [Install](install.md)");

        Assert.Equal(0, diagnostics.Count);
        var group = Assert.Single(tree.Roots);
        Assert.Equal(("Getting started", null), (group.Title, group.Href));
        Assert.Equal("install.md", Assert.Single(group.Children).Href);
    }

    [Theory]
    [InlineData("# [Foo [beta] \\[x\\]](a.md)", "Foo [beta] [x]", "a.md")]
    [InlineData("# [Pricing](<my page.md>)", "Pricing", "my page.md")]
    [InlineData("# [Pricing](pricing.md \"Prices and offers\")", "Pricing", "pricing.md")]
    [InlineData("# [Pricing](pricing.md 'Prices')", "Pricing", "pricing.md")]
    [InlineData("# [Legacy](old_(2019).md#top)", "Legacy", "old_(2019).md#top")]
    [InlineData("# [ Spaced ](  spaced.md  )", "Spaced", "spaced.md")]
    [InlineData("# [C#](c-sharp.md) ##", "C#", "c-sharp.md")]
    [InlineData("#[Tight](tight.md)", "Tight", "tight.md")]
    [InlineData("  #\t[Indented](indented.md)", "Indented", "indented.md")]
    public void Link_forms(string line, string title, string href)
    {
        var (tree, diagnostics) = Parse(line);

        Assert.Equal(0, diagnostics.Count);
        var node = Assert.Single(tree.Roots);
        Assert.Equal((title, href), (node.Title, node.Href));
    }

    [Fact]
    public void Level_jump_is_reported_and_the_entry_goes_one_level_below_the_previous()
    {
        var (tree, diagnostics) = Parse("# [Home](index.md)", "### [Deep](deep.md)", "#### [Deeper](deeper.md)", "## [Next](next.md)");

        var diagnostic = SingleError(diagnostics, 2, 1);
        Assert.Equal("level jumps from 1 to 3; expected at most ##", diagnostic.Message);
        Assert.Equal(
            """
            1|Home|index.md|1:1
              2|Deep|deep.md|2:1
                3|Deeper|deeper.md|3:1
              2|Next|next.md|4:1
            """.ReplaceLineEndings("\n"),
            TocAssert.Outline(tree));
    }

    [Fact]
    public void First_entry_below_level_1_is_reported_and_becomes_level_1()
    {
        var (tree, diagnostics) = Parse("## [Home](index.md)", "## [Next](next.md)");

        Assert.Equal("the first entry is at level 2; a TOC starts with #", SingleError(diagnostics, 1, 1).Message);
        Assert.Equal([1, 1], tree.Roots.Select(n => n.Level));
    }

    [Fact]
    public void Line_that_is_not_a_heading_is_reported_and_skipped()
    {
        var (tree, diagnostics) = Parse("# [Home](index.md)", "  see also the billing page", "## [Billing](billing.md)");

        Assert.Contains("\"see also the billing page\"", SingleError(diagnostics, 2, 3).Message);
        Assert.Equal(["Home", "Billing"], tree.All().Select(n => n.Title));
        Assert.Equal(2, tree.All().Last().Level);
    }

    [Fact]
    public void Empty_link_text_is_reported_and_the_entry_kept()
    {
        var (tree, diagnostics) = Parse("# [Home](index.md)", "## [ ](billing.md)", "## [Support](support.md)");

        Assert.Contains("no title", SingleError(diagnostics, 2, 4).Message);
        Assert.Equal(["index.md", "billing.md", "support.md"], tree.All().Select(n => n.Href));
    }

    [Fact]
    public void Unclosed_bracket_is_reported_and_the_line_kept_as_a_group()
    {
        var (tree, diagnostics) = Parse("# [Home](index.md)", "## [Billing(billing.md)", "### [Read](read.md)");

        Assert.Contains("'[' is never closed", SingleError(diagnostics, 2, 4).Message);
        var billing = Assert.Single(tree.Roots[0].Children);
        Assert.Null(billing.Href);
        Assert.Equal("read.md", Assert.Single(billing.Children).Href);
    }

    [Fact]
    public void Unclosed_paren_is_reported_at_the_paren()
    {
        var (tree, diagnostics) = Parse("# [Home](index.md)", "## [Billing](billing.md", "## [Support](support.md)");

        Assert.Contains("'(' is never closed", SingleError(diagnostics, 2, 13).Message);
        Assert.Equal("support.md", tree.All().Last().Href);
    }

    [Fact]
    public void Missing_opening_bracket_is_reported()
    {
        var (tree, diagnostics) = Parse("# [Home](index.md)", "## Billing](billing.md)", "## [Support](support.md)");

        Assert.Contains("does not start with '['", SingleError(diagnostics, 2, 4).Message);
        Assert.Equal(3, tree.All().Count());
    }

    [Fact]
    public void Missing_paren_after_the_title_is_reported()
    {
        var (tree, diagnostics) = Parse("# [Home](index.md)", "## [Billing] billing.md", "## [Support](support.md)");

        Assert.Contains("expected '('", SingleError(diagnostics, 2, 13).Message);
        Assert.Equal("support.md", tree.All().Last().Href);
    }

    [Fact]
    public void Unescaped_space_in_the_href_is_reported()
    {
        var (_, diagnostics) = Parse("# [Home](my page.md)");

        Assert.Contains("<my page.md>", SingleError(diagnostics, 1, 13).Message);
    }

    [Fact]
    public void Text_after_the_link_is_reported_and_the_entry_kept()
    {
        var (tree, diagnostics) = Parse("# [Home](index.md)", "## [Billing](billing.md) (new)", "## [Support](support.md)");

        Assert.Equal("unexpected text after the link: \"(new)\"; a TOC line holds exactly one link", SingleError(diagnostics, 2, 26).Message);
        Assert.Equal(["index.md", "billing.md", "support.md"], tree.All().Select(n => n.Href));
    }

    [Fact]
    public void Empty_href_is_reported_and_the_entry_kept_as_a_group()
    {
        var (tree, diagnostics) = Parse("# [Home](index.md)", "## [Billing]( )", "## [Support](support.md)");

        Assert.Contains("no page", SingleError(diagnostics, 2, 13).Message);
        Assert.Equal(["Home", "Billing", "Support"], tree.All().Select(n => n.Title));
        Assert.Null(tree.Roots[0].Children[0].Href);
    }

    [Fact]
    public void Empty_heading_is_reported()
    {
        var (tree, diagnostics) = Parse("# [Home](index.md)", "##", "## [Support](support.md)");

        Assert.Contains("heading is empty", SingleError(diagnostics, 2, 1).Message);
        Assert.Equal(2, tree.All().Count());
    }

    [Fact]
    public void Several_problems_are_all_reported_in_order()
    {
        var (tree, diagnostics) = Parse("# [Home](index.md)", "text", "### [Deep](deep.md) x", "## [](a.md)");

        Assert.Equal(["2:1", "3:1", "3:21", "4:4"], diagnostics.ToSortedList().Select(d => $"{d.Location?.Line}:{d.Location?.Column}"));
        Assert.Equal(3, tree.All().Count());
    }
}
