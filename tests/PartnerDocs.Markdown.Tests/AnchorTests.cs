using PartnerDocs.Diagnostics;
using PartnerDocs.Markdown;
using PartnerDocs.Markdown.Anchors;

namespace PartnerDocs.Tests.Markdown;

public class AnchorTests
{
    [Theory]
    [InlineData("Facturación y pagos", "facturación-y-pagos")]
    [InlineData("计费概述", "计费概述")]
    [InlineData("Step 1: Sign in", "step-1-sign-in")]
    [InlineData("What's new?", "whats-new")]
    [InlineData("snake_case and kebab-case", "snake_case-and-kebab-case")]
    [InlineData("  Ünïcödé  ", "ünïcödé")]
    public void SlugifiesGitHubStyleKeepingNonAsciiLetters(string text, string expected) =>
        Assert.Equal(expected, HeadingIds.Slugify(text));

    [Fact]
    public void AsciiHeadingsSlugifyAsTheSameTextDoesBesideALetterOutsideAscii()
    {
        // ASCII headings take a shortcut; "é" sends the same text down the general path, which must agree with it.
        var random = new Random(16);
        const string alphabet = "abcXYZ019 -_:.,!?()[]{}'\"`*&#/\t";
        for (var i = 0; i < 2000; i++)
        {
            var text = "q" + new string(Enumerable.Range(0, random.Next(0, 30)).Select(_ => alphabet[random.Next(alphabet.Length)]).ToArray()) + "z";

            Assert.Equal("é" + HeadingIds.Slugify(text), HeadingIds.Slugify("é" + text));
        }
    }

    [Fact]
    public void HeadingsGetIdsAndDuplicatesGetSuffixes()
    {
        var parsed = Md.Parse("# Facturación y pagos\n\n## Step 1: Sign in\n\n## Step 1: Sign in\n\n## Step 1: Sign in\n\n## 计费概述\n");

        Assert.Equal(["facturación-y-pagos", "step-1-sign-in", "step-1-sign-in-1", "step-1-sign-in-2", "计费概述"], parsed.Headings.Select(h => h.Id));
        Assert.All(parsed.Anchors, a => Assert.Equal(AnchorKind.Heading, a.Kind));
        var html = Md.Engine.Render(parsed, MarkdownRenderContext.Default);
        Assert.Contains("<h2 id=\"step-1-sign-in-2\">Step 1: Sign in</h2>", html);
    }

    [Fact]
    public void ExplicitIdWinsAndIsNotPartOfHeadingText()
    {
        var parsed = Md.Parse("## Pay your bill {#pay}\n\n## Pay\n");

        var heading = parsed.Headings[0];
        Assert.Equal(new HeadingInfo(2, "Pay your bill", "pay", new SourceLocation("en-us/topic.md", 1, 1)), heading);
        Assert.Equal(AnchorKind.HeadingAttribute, parsed.Anchors[0].Kind);
        // The generated id steps around the explicit one.
        Assert.Equal("pay-1", parsed.Headings[1].Id);
        Assert.Contains("<h2 id=\"pay\">Pay your bill</h2>", Md.Engine.Render(parsed, MarkdownRenderContext.Default));
    }

    [Fact]
    public void HeadingTextIsPlainText()
    {
        var parsed = Md.Parse("## Use `az login` with [the CLI](cli.md) **now**\n");

        Assert.Equal("Use az login with the CLI now", parsed.Headings[0].Text);
        Assert.Equal("use-az-login-with-the-cli-now", parsed.Headings[0].Id);
    }

    [Fact]
    public void PercentEncodedFragmentsMatchGeneratedIds()
    {
        var id = Md.Parse("## Facturación\n").Headings[0].Id;

        Assert.Equal(id, PartnerDocs.Paths.UrlParts.FragmentOf("x.md#facturaci%C3%B3n"));
        Assert.Equal(id, Md.Parse("[x](x.md#facturaci%C3%B3n)\n").Links[0].Fragment);
    }

    [Fact]
    public void RawHtmlAnchorsInBlocksAndInlines()
    {
        var parsed = Md.Parse("Text <a name=\"legacy\"></a> here.\n\n<div id=\"box\">\n<span ID='inner'>x</span>\n</div>\n", "en-us/t.md", 10);

        Assert.Equal(
            [
                new AnchorDefinition("legacy", AnchorKind.HtmlName, new SourceLocation("en-us/t.md", 10, 9)),
                new AnchorDefinition("box", AnchorKind.HtmlId, new SourceLocation("en-us/t.md", 12, 6)),
                new AnchorDefinition("inner", AnchorKind.HtmlId, new SourceLocation("en-us/t.md", 13, 7)),
            ],
            parsed.Anchors);
    }

    [Fact]
    public void NameOnlyCountsOnAnchorElements()
    {
        var parsed = Md.Parse("<input name=\"q\">\n");

        Assert.Empty(parsed.Anchors);
    }
}
