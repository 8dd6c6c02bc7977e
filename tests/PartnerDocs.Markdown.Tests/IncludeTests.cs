using PartnerDocs.Diagnostics;
using PartnerDocs.Markdown;
using PartnerDocs.Markdown.Includes;
using PartnerDocs.Paths;

namespace PartnerDocs.Tests.Markdown;

public class IncludeTests
{
    [Fact]
    public void ParsesBlockAndInlineIncludesWithPositions()
    {
        var parsed = Md.Parse("Intro\n\n[!INCLUDE[Sign in](includes/sign-in.md)]\n\nSee [!include[name](../shared/name.md)] here.\n", "en-us/a/topic.md", 5);

        Assert.Collection(parsed.Includes,
            block => Assert.Equal(new IncludeReference("Sign in", "includes/sign-in.md", true, new SourceLocation("en-us/a/topic.md", 7, 1)), block),
            inline => Assert.Equal(new IncludeReference("name", "../shared/name.md", false, new SourceLocation("en-us/a/topic.md", 9, 5)), inline));
        Assert.IsType<IncludeBlock>(parsed.Document![1]);
    }

    [Fact]
    public void BlockIncludeInsideListKeepsColumn()
    {
        var parsed = Md.Parse("- item\n\n  [!INCLUDE[x](x.md)]\n");

        Assert.Equal(new SourceLocation("en-us/topic.md", 3, 3), Assert.Single(parsed.Includes).Location);
        Assert.True(parsed.Includes[0].IsBlock);
    }

    [Fact]
    public void RendersBlockIncludeAndNestedInclude()
    {
        var (engine, includes) = Setup(("en-us/includes/outer.md", "## Outer heading\n\nOuter text.\n\n[!INCLUDE[inner](inner.md)]\n"), ("en-us/includes/inner.md", "Inner **text**.\n"));

        var html = engine.Render(engine.Parse("[!INCLUDE[outer](includes/outer.md)]\n", "en-us/topic.md", 1), new MarkdownRenderContext { Includes = includes });

        Assert.Contains("<h2 id=\"outer-heading\">Outer heading</h2>", html);
        Assert.Contains("<p>Outer text.</p>", html);
        Assert.Contains("<p>Inner <strong>text</strong>.</p>", html);
    }

    [Fact]
    public void RendersInlineIncludeAsFirstParagraphInlines()
    {
        var (engine, includes) = Setup(("en-us/includes/product.md", "Contoso *Cloud*\n\nSecond paragraph.\n"));

        var html = engine.Render(engine.Parse("Welcome to [!INCLUDE[product](includes/product.md)] today.\n", "en-us/topic.md", 1), new MarkdownRenderContext { Includes = includes });

        Assert.Equal("<p>Welcome to Contoso <em>Cloud</em> today.</p>\n", html);
    }

    [Fact]
    public void IncludedLinksAreRebasedOntoThePageThenRewritten()
    {
        var (engine, includes) = Setup(("en-us/includes/links.md", "[Billing](../billing.md#pay) and [same](#top)\n"));
        var context = new MarkdownRenderContext { Includes = includes, RewriteUrl = url => url.Replace(".md", ".html") };

        var html = engine.Render(engine.Parse("[!INCLUDE[l](includes/links.md)]\n", "en-us/topic.md", 1), context);

        Assert.Contains("href=\"billing.html#pay\"", html);
        Assert.Contains("href=\"#top\"", html);
    }

    [Theory]
    [InlineData("~/en-us/includes/a.md")]
    [InlineData("includes\\a.md")]
    [InlineData("./includes/a.md")]
    public void TildeAndBackslashPathsNameTheSameFile(string path)
    {
        var (engine, includes) = Setup(("en-us/includes/a.md", "Included text.\n"));

        var html = engine.Render(engine.Parse($"[!INCLUDE[a]({path})]\n", "en-us/topic.md", 1), new MarkdownRenderContext { Includes = includes });

        Assert.Contains("Included text.", html);
    }

    [Fact]
    public void MissingIncludeRendersNothing()
    {
        var (engine, includes) = Setup();

        Assert.Equal("", engine.Render(engine.Parse("[!INCLUDE[x](includes/missing.md)]\n", "en-us/topic.md", 1), new MarkdownRenderContext { Includes = includes }));
    }

    [Fact]
    public void CycleStopsRecursingAndEachFileShowsOnce()
    {
        var (engine, includes) = Setup(("en-us/includes/a.md", "A text\n\n[!INCLUDE[b](b.md)]\n"), ("en-us/includes/b.md", "B text\n\n\n[!INCLUDE[a](a.md)]\n"));

        var html = engine.Render(engine.Parse("[!INCLUDE[a](includes/a.md)]\n", "en-us/topic.md", 1), new MarkdownRenderContext { Includes = includes });

        Assert.Equal(1, CountOf(html, "A text"));
        Assert.Equal(1, CountOf(html, "B text"));
    }

    [Fact]
    public void FanOutStopsAtThePageBudget()
    {
        // Each level includes the next twice: 2^30 expansions if nothing stopped it.
        var files = Enumerable.Range(0, 30).Select(i => ($"en-us/includes/f{i}.md", $"{new string('x', 1000)}\n\n[!INCLUDE[n](f{i + 1}.md)]\n\n[!INCLUDE[n](f{i + 1}.md)]\n")).ToArray();
        var (engine, includes) = Setup(files);

        var html = engine.Render(engine.Parse("[!INCLUDE[f](includes/f0.md)]\n", "en-us/topic.md", 1), new MarkdownRenderContext { Includes = includes });

        Assert.InRange(html.Length, IncludeExpander.MaxExpandedChars / 2, IncludeExpander.MaxExpandedChars * 2);
    }

    private static (MarkdownEngine, IncludeExpander) Setup(params (string Path, string Text)[] files)
    {
        var engine = new MarkdownEngine(new ReferenceResolver(new HashSet<string> { "en-us" }, "/"));
        var sources = files.ToDictionary(f => f.Path, f => new IncludeSource(f.Text, 1));
        return (engine, new IncludeExpander(engine, path => sources.GetValueOrDefault(path)));
    }

    private static int CountOf(string text, string value) => (text.Length - text.Replace(value, "").Length) / value.Length;
}
