using PartnerDocs.Diagnostics;
using PartnerDocs.Markdown;
using PartnerDocs.Markdown.Includes;

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
        using var docset = new TempDocset()
            .Write("en-us/includes/outer.md", "## Outer heading\n\nOuter text.\n\n[!INCLUDE[inner](inner.md)]\n")
            .Write("en-us/includes/inner.md", "Inner **text**.\n");
        var (engine, resolver, _) = Setup(docset);

        var html = engine.Render(engine.Parse("[!INCLUDE[outer](includes/outer.md)]\n", "en-us/topic.md", 1), new MarkdownRenderContext { Includes = resolver });

        Assert.Contains("<h2 id=\"outer-heading\">Outer heading</h2>", html);
        Assert.Contains("<p>Outer text.</p>", html);
        Assert.Contains("<p>Inner <strong>text</strong>.</p>", html);
    }

    [Fact]
    public void RendersInlineIncludeAsFirstParagraphInlines()
    {
        using var docset = new TempDocset().Write("en-us/includes/product.md", "Contoso *Cloud*\n\nSecond paragraph.\n");
        var (engine, resolver, _) = Setup(docset);

        var html = engine.Render(engine.Parse("Welcome to [!INCLUDE[product](includes/product.md)] today.\n", "en-us/topic.md", 1), new MarkdownRenderContext { Includes = resolver });

        Assert.Equal("<p>Welcome to Contoso <em>Cloud</em> today.</p>\n", html);
    }

    [Fact]
    public void IncludedLinksAreRebasedOntoThePageThenRewritten()
    {
        using var docset = new TempDocset().Write("en-us/includes/links.md", "[Billing](../billing.md#pay) and [same](#top)\n");
        var (engine, resolver, _) = Setup(docset);
        var context = new MarkdownRenderContext { Includes = resolver, RewriteUrl = url => url.Replace(".md", ".html") };

        var html = engine.Render(engine.Parse("[!INCLUDE[l](includes/links.md)]\n", "en-us/topic.md", 1), context);

        Assert.Contains("href=\"billing.html#pay\"", html);
        Assert.Contains("href=\"#top\"", html);
    }

    [Fact]
    public void MissingIncludeReturnsNullWithoutDiagnostic()
    {
        using var docset = new TempDocset();
        var (engine, resolver, diagnostics) = Setup(docset);
        var parsed = engine.Parse("[!INCLUDE[x](includes/missing.md)]\n", "en-us/topic.md", 1);

        Assert.Null(resolver.Resolve("en-us/topic.md", parsed.Includes[0]));
        Assert.Equal(0, diagnostics.Count);
        Assert.Equal("", engine.Render(parsed, new MarkdownRenderContext { Includes = resolver }));
    }

    [Fact]
    public void ResolvesRelativeToIncludingFileAndParsesOnce()
    {
        using var docset = new TempDocset().Write("en-us/includes/a.md", "A\n");
        var (engine, resolver, _) = Setup(docset);
        var include = engine.Parse("[!INCLUDE[a](../includes/a.md)]\n", "en-us/sub/topic.md", 1).Includes[0];

        var first = resolver.Resolve("en-us/sub/topic.md", include);
        var second = resolver.Resolve("en-us/sub/topic.md", include);

        Assert.NotNull(first);
        Assert.Equal("en-us/includes/a.md", first.File);
        Assert.Same(first, second);
    }

    [Fact]
    public void SkipsFrontMatterInIncludedFileKeepingLineNumbers()
    {
        using var docset = new TempDocset().Write("en-us/includes/fm.md", "---\ntitle: x\n---\nSee [link](target.md).\n");
        var (engine, resolver, _) = Setup(docset);
        var include = engine.Parse("[!INCLUDE[fm](includes/fm.md)]\n", "en-us/topic.md", 1).Includes[0];

        var included = resolver.Resolve("en-us/topic.md", include)!;

        Assert.Equal(new SourceLocation("en-us/includes/fm.md", 4, 5), Assert.Single(included.Links).Location);
        Assert.DoesNotContain("title", included.PlainText);
    }

    [Fact]
    public void ReportsCycleAtClosingIncludeAndStopsRecursing()
    {
        using var docset = new TempDocset()
            .Write("en-us/includes/a.md", "A text\n\n[!INCLUDE[b](b.md)]\n")
            .Write("en-us/includes/b.md", "B text\n\n\n[!INCLUDE[a](a.md)]\n");
        var (engine, resolver, diagnostics) = Setup(docset);
        var topic = engine.Parse("[!INCLUDE[a](includes/a.md)]\n", "en-us/topic.md", 1);

        var html = engine.Render(topic, new MarkdownRenderContext { Includes = resolver });
        resolver.Resolve("en-us/topic.md", topic.Includes[0]);

        var cycle = Assert.Single(diagnostics.ToSortedList());
        Assert.Equal(Rules.IncludeCycle, cycle.Rule);
        Assert.Equal(Severity.Error, cycle.Severity);
        Assert.Equal(new SourceLocation("en-us/includes/b.md", 4, 1), cycle.Location);
        Assert.Equal("Include cycle: en-us/includes/a.md -> en-us/includes/b.md -> en-us/includes/a.md.", cycle.Message);
        Assert.Equal(1, CountOf(html, "A text"));
        Assert.Equal(1, CountOf(html, "B text"));
    }

    [Fact]
    public void SelfIncludeIsACycleAndResolvesToNull()
    {
        using var docset = new TempDocset().Write("en-us/self.md", "[!INCLUDE[me](self.md)]\n");
        var (engine, resolver, diagnostics) = Setup(docset);
        var include = engine.Parse("[!INCLUDE[me](self.md)]\n", "en-us/self.md", 1).Includes[0];

        Assert.Null(resolver.Resolve("en-us/self.md", include));
        Assert.Equal("Include cycle: en-us/self.md -> en-us/self.md.", Assert.Single(diagnostics.ToSortedList()).Message);
    }

    private static (MarkdownEngine, IncludeResolver, DiagnosticBag) Setup(TempDocset docset)
    {
        var diagnostics = new DiagnosticBag();
        return (Md.Engine, new IncludeResolver(docset.Root, Md.Engine, diagnostics), diagnostics);
    }

    private static int CountOf(string text, string value) => (text.Length - text.Replace(value, "").Length) / value.Length;
}
