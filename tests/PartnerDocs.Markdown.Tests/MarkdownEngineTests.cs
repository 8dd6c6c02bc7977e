using PartnerDocs.Diagnostics;
using PartnerDocs.Markdown;

namespace PartnerDocs.Tests.Markdown;

public class MarkdownEngineTests
{
    private const string File = "es-es/billing/pay.md";

    [Fact]
    public void RecordsExactPositionsWithFirstLineOffset()
    {
        var markdown = "# Title\n\nSee [the bill](read-your-bill.md#total) and ![chart](media/chart.png).\n\n- item <https://contoso.com>\n\n  [!INCLUDE[x](includes/x.md)]\n\n<a href=\"other.md\">o</a>\n";
        var parsed = Md.Engine.Parse(markdown, File, 6);

        Assert.Equal(
            [
                new LinkReference("read-your-bill.md#total", LinkKind.Link, new SourceLocation(File, 8, 5)),
                new LinkReference("media/chart.png", LinkKind.Image, new SourceLocation(File, 8, 45)),
                new LinkReference("https://contoso.com", LinkKind.Link, new SourceLocation(File, 10, 8)),
                new LinkReference("other.md", LinkKind.HtmlLink, new SourceLocation(File, 14, 4)),
            ],
            parsed.Links);
        Assert.Equal(new SourceLocation(File, 12, 3), parsed.Includes[0].Location);
        Assert.Equal(new SourceLocation(File, 6, 1), parsed.Headings[0].Location);
        Assert.Equal(new SourceLocation(File, 6, 1), parsed.Anchors[0].Location);
    }

    [Fact]
    public void PositionsInsideBlockquotesAndAfterCrLf()
    {
        var parsed = Md.Engine.Parse("Line one\r\n\r\n> quoted [x](y.md)\r\n", File, 3);

        Assert.Equal(new SourceLocation(File, 5, 10), parsed.Links[0].Location);
    }

    [Fact]
    public void BareAutolinksAndReferenceLinksAreLinks()
    {
        var parsed = Md.Parse("Visit www.contoso.com or [ref][r].\n\n[r]: target.md#a\n");

        Assert.Equal(["http://www.contoso.com", "target.md#a"], parsed.Links.Select(l => l.Url));
    }

    [Fact]
    public void DetectsMarkdownLinksInsideHtmlBlocks()
    {
        var markdown = "<div class=\"note\">\nRead [the guide](guide.md) first.\n  ![img](a.png)\n<a href=\"x.md\">[not](a link)</a>\n</div>\n\n[real](real.md)\n\n<pre>\n[code](sample.md)\n</pre>\n";
        var parsed = Md.Engine.Parse(markdown, File, 20);

        Assert.Equal(
            [new SourceLocation(File, 21, 6), new SourceLocation(File, 22, 3), new SourceLocation(File, 23, 16)],
            parsed.MarkdownLinksInRawHtml);
    }

    [Fact]
    public void RewriteUrlAppliesToMarkdownLinksImagesAndRawHtml()
    {
        var context = new MarkdownRenderContext { RewriteUrl = url => url.Replace(".md", ".html") };
        var html = Md.Engine.Render(Md.Parse("[a](a.md#x) ![i](i.md) <a href=\"b.md#y\">b</a>\n\n<div><a href='c.md'>c</a><img src=\"d.md\"></div>\n"), context);

        Assert.Contains("<a href=\"a.html#x\">a</a>", html);
        // Raw HTML inside the allow-list is kept as written (quotes included), only its URLs rewritten.
        Assert.Contains("<img src=\"i.html\" alt=\"i\" />", html);
        Assert.Contains("<a href=\"b.html#y\">b</a>", html);
        Assert.Contains("<div><a href='c.html'>c</a><img src=\"d.html\"></div>", html);
    }

    [Fact]
    public void PlainTextHasParagraphsListsTablesWithoutMarkup()
    {
        var parsed = Md.Parse("# Title\n\nSome **bold** [link](x.md).\n\n- one\n- `two`\n\n| A | B |\n|---|---|\n| c1 | c2 |\n\n```\ncode\n```\n\n<table><tr><td>Raw &amp; cell</td></tr></table>\n");

        Assert.Equal("Title\nSome bold link.\none\ntwo\nA\nB\nc1\nc2\nRaw & cell", parsed.PlainText);
    }

    [Fact]
    public void SupportsConfiguredMarkdownExtensions()
    {
        var html = Md.Render("- [x] done\n\nTerm\n:   Definition\n\n~~gone~~ text[^1]\n\n[^1]: Note.\n\n+---+---+\n| a | b |\n+---+---+\n");

        Assert.Contains("type=\"checkbox\"", html);
        Assert.Contains("<dl>", html);
        Assert.Contains("<del>gone</del>", html);
        Assert.Contains("footnote", html);
        Assert.Contains("<table>", html);
    }

    [Fact]
    public void CustomContainersAndMediaLinksAreNotEnabled()
    {
        var html = Md.Render("![video](https://www.youtube.com/watch?v=x)\n\n:::note\ntext\n:::\n");

        Assert.DoesNotContain("<iframe", html);
        Assert.DoesNotContain("<div class=\"note\">", html);
    }

    [Fact]
    public void ParsesAndRendersInParallel()
    {
        var results = Enumerable.Range(0, 64).AsParallel().Select(i =>
        {
            var parsed = Md.Engine.Parse($"## Heading {i}\n\n> [!NOTE]\n> Text [link](t{i}.md).\n", $"en-us/t{i}.md", 1);
            return (i, html: Md.Engine.Render(parsed, new MarkdownRenderContext { RewriteUrl = u => u.Replace(".md", ".html") }));
        }).ToList();

        Assert.All(results, r => Assert.Contains($"<h2 id=\"heading-{r.i}\">", r.html));
        Assert.All(results, r => Assert.Contains($"href=\"t{r.i}.html\"", r.html));
    }

    [Fact]
    public void PlainTextStopsAtTheWordLimitButHeadingsAreAllRecorded()
    {
        var engine = new MarkdownEngine(plainTextWords: 4);

        var doc = engine.Parse("# One two\n\nthree four five six\n\n## Seven\n", File);

        Assert.Equal("One two\nthree four", doc.PlainText);
        Assert.Equal(["One two", "Seven"], doc.Headings.Select(h => h.Text));
    }

    [Fact]
    public void WithoutAWordBudgetNoTextIsKeptButEveryFactIs()
    {
        const string markdown = "# One\n\nSee [two](two.md).\n\n<div>\n<a href=\"three.md\">three</a> [four](four.md)\n</div>\n";

        var full = new MarkdownEngine().Parse(markdown, File);
        var none = new MarkdownEngine(plainTextWords: 0).Parse(markdown, File);

        Assert.Equal("", none.PlainText);
        Assert.NotEqual("", full.PlainText);
        Assert.Equal(full.Headings, none.Headings);
        Assert.Equal(full.Links.Select(l => (l.Url, l.Location)), none.Links.Select(l => (l.Url, l.Location)));
        Assert.Equal(full.MarkdownLinksInRawHtml, none.MarkdownLinksInRawHtml);
        Assert.Single(none.MarkdownLinksInRawHtml);
    }
}
