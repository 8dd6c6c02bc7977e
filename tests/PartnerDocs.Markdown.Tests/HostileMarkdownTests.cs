using AngleSharp.Html.Parser;
using PartnerDocs.Diagnostics;
using PartnerDocs.Markdown;
using PartnerDocs.Markdown.Limits;
using PartnerDocs.Markdown.RawHtml;

namespace PartnerDocs.Tests.Markdown;

public class HostileMarkdownTests
{
    private const string File = "en-us/topic.md";
    private static readonly HtmlParser Html = new();

    [Theory]
    [InlineData("> ", 10_000)]
    [InlineData("- ", 10_000)]
    [InlineData("\t", 10_000)]
    [InlineData("\t", 17)]
    [InlineData("[", 50_000)]
    [InlineData("*a", 50_000)]
    public void Over_deep_markdown_is_a_diagnostic_on_its_line_and_the_rest_of_the_page_renders(string marker, int count)
    {
        var markdown = "# Title\n\nBefore.\n\n" + string.Concat(Enumerable.Repeat(marker, count)) + "x\n\n## After\n\nText after.\n";

        var parsed = Md.Parse(markdown, File, firstLine: 4);
        var html = Md.Engine.Render(parsed, MarkdownRenderContext.Default);

        var finding = Assert.Single(parsed.Diagnostics);
        Assert.Equal((Rules.MarkdownTooDeep, Severity.Error, new SourceLocation(File, 8)), (finding.Rule, finding.Severity, finding.Location));
        Assert.Contains("<h2 id=\"after\">After</h2>", html);
        Assert.Contains("Text after.", html);
        Assert.Equal(new[] { "Title", "After" }, parsed.Headings.Select(h => h.Text));
    }

    [Fact]
    public void A_deeply_indented_list_keeps_its_first_levels_and_reports_the_first_line_past_the_limit()
    {
        var markdown = string.Concat(Enumerable.Range(0, 3000).Select(i => new string(' ', 2 * i) + $"- item {i}\n"));

        var parsed = Md.Parse(markdown, File);

        Assert.Contains(parsed.Diagnostics, d => d.Rule == Rules.MarkdownTooDeep && d.Location == new SourceLocation(File, MarkdownLimits.MaxLineDepth + 1));
        Assert.Contains("item 2999", Md.Engine.Render(parsed, MarkdownRenderContext.Default));
    }

    [Fact]
    public void Ordinary_nesting_is_not_flagged()
    {
        var markdown = "> - a\n>   - b\n>     1. c\n>        > quote in a list\n>\n>        ```\n>                          indented code text\n>        ```\n";

        Assert.Empty(Md.Parse(markdown).Diagnostics);
    }

    [Theory]
    [InlineData("[x](javascript:alert(1))", "x")]
    [InlineData("[x](JaVaScRiPt:alert(1))", "x")]
    [InlineData("[x](vbscript:msgbox(1))", "x")]
    [InlineData("[x](data:text/html,hi)", "x")]
    [InlineData("[x](java&#9;script:alert(1))", "x")]
    [InlineData("[x][r]\n\n[r]: javascript:alert(1)", "x")]
    [InlineData("<javascript:alert(1)>", "javascript:alert(1)")]
    [InlineData("![alt text](javascript:alert(1))", "alt text")]
    [InlineData(":::image type=\"content\" source=\"javascript:alert(1)\" alt-text=\"alt text\":::", "alt text")]
    [InlineData("<a href=\"javascript:alert(1)\">x</a>", "x")]
    [InlineData("<a href=\"JAVASCRIPT:alert(1)\" title=\"t\">x</a>", "x")]
    public void Unsafe_schemes_render_as_text_without_href_or_src(string markdown, string text)
    {
        var html = Md.Render(markdown);
        var body = Html.ParseDocument(html).Body!;

        Assert.Contains(text, body.TextContent);
        Assert.DoesNotContain(body.QuerySelectorAll("*").SelectMany(e => e.Attributes), a => a.Name is "href" or "src");
    }

    [Theory]
    [InlineData("[x](https://example.com)", "https://example.com")]
    [InlineData("[x](mailto:a@example.com)", "mailto:a@example.com")]
    [InlineData("[x](other.md#part)", "other.md#part")]
    [InlineData("<a href=\"http://example.com\">x</a>", "http://example.com")]
    public void Safe_links_keep_their_href(string markdown, string href)
    {
        var link = Html.ParseDocument(Md.Render(markdown)).QuerySelector("a")!;

        Assert.Equal(href, link.GetAttribute("href"));
    }

    [Fact]
    public void Raw_html_keeps_the_docs_allow_list_and_loses_scripts_handlers_and_frames()
    {
        var markdown = """
            <a name="anchor-1"></a>

            Press <kbd>Ctrl</kbd>+<kbd>C</kbd>, H<sub>2</sub>O, x<sup>2</sup>, line<br>break, <font color="red">red</font>.

            <details><summary>More</summary>

            Hidden text.

            </details>

            <table><tr><th id="h">H</th><td colspan="2">cell</td></tr></table>

            <script>alert("script")</script>

            <iframe src="https://example.com/embed"></iframe>

            <img src="media/x.png" alt="x" onerror="alert('handler')">

            <div style="color: red; position: fixed">styled</div>
            """;

        var html = Md.Render(markdown);
        var page = Html.ParseDocument(html);

        Assert.NotNull(page.QuerySelector("a[name=anchor-1]"));
        Assert.Equal(2, page.QuerySelectorAll("kbd").Length);
        Assert.NotNull(page.QuerySelector("sub"));
        Assert.NotNull(page.QuerySelector("sup"));
        Assert.NotNull(page.QuerySelector("br"));
        Assert.Equal("red", page.QuerySelector("font")?.GetAttribute("color"));
        Assert.Equal("More", page.QuerySelector("details > summary")?.TextContent);
        Assert.Equal("2", page.QuerySelector("td")?.GetAttribute("colspan"));
        Assert.NotNull(page.QuerySelector("th#h"));
        Assert.Equal("media/x.png", page.QuerySelector("img")?.GetAttribute("src"));
        Assert.Empty(page.QuerySelectorAll("script, iframe"));
        Assert.DoesNotContain("alert", html);
        Assert.Null(page.QuerySelector("img")?.GetAttribute("onerror"));
        Assert.StartsWith("color:", page.QuerySelector("div")?.GetAttribute("style"));
        Assert.DoesNotContain("position", html);
    }

    [Fact]
    public void What_the_allow_list_removes_is_reported_with_its_position()
    {
        var markdown = "# T\n\n<script>alert(1)</script>\n\nText <img src=\"a.png\" onerror=\"x()\"> and <span onclick=\"y()\" class=\"c\">s</span>.\n\n<iframe src=\"https://example.com\"></iframe>\n";

        var findings = Md.Parse(markdown, File, firstLine: 3).Diagnostics;

        Assert.All(findings, f => Assert.Equal((Rules.HtmlDisallowed, Severity.Warning, "en-us"), (f.Rule, f.Severity, f.Locale)));
        Assert.Equal(
            [(new SourceLocation(File, 5, 1), "<script>"), (new SourceLocation(File, 7, 6), "onerror= on <img>"), (new SourceLocation(File, 7, 42), "onclick= on <span>"), (new SourceLocation(File, 9, 1), "<iframe>")],
            findings.Select(f => (f.Location!, f.Message.Split(": ")[1].Split(';')[0])).ToList());
    }

    [Fact]
    public void Allowed_raw_html_and_unsafe_urls_are_not_html_disallowed_findings()
    {
        var markdown = "<a name=\"x\"></a> <a id=\"y\" href=\"other.md\">o</a> <br/> <kbd>k</kbd> <a href=\"javascript:x()\">j</a>\n\n<details open><summary>s</summary></details>\n\n<!-- a comment -->\n";

        Assert.Empty(Md.Parse(markdown).Diagnostics);
    }

    [Fact]
    public void Trusted_raw_html_is_published_as_written_and_not_reported()
    {
        var engine = new MarkdownEngine(rawHtml: RawHtmlPolicy.Trusted);

        var parsed = engine.Parse("<div data-x=\"1\" onclick=\"go()\">w</div>\n", File);

        Assert.Empty(parsed.Diagnostics);
        Assert.Contains("onclick=\"go()\"", engine.Render(parsed, MarkdownRenderContext.Default));
    }

    [Fact]
    public void Diagnostics_reach_the_engine_bag()
    {
        var bag = new DiagnosticBag();

        new MarkdownEngine(diagnostics: bag).Parse("<script>x</script>\n", File);

        Assert.Equal(Rules.HtmlDisallowed, Assert.Single(bag.ToSortedList()).Rule);
    }

    [Fact]
    public void Image_alt_text_with_entities_is_escaped_once()
    {
        var html = Md.Render(":::image type=\"content\" source=\"media/a.png\" alt-text=\"Say &quot;hi&quot; &amp; wave\":::\n");

        Assert.Equal("Say \"hi\" & wave", Html.ParseDocument(html).QuerySelector("img")?.GetAttribute("alt"));
        Assert.DoesNotContain("&amp;quot;", html);
    }

    [Fact]
    public void The_real_corpus_raw_html_is_all_allowed_and_nothing_is_too_deep()
    {
        var corpus = Path.Combine(TestPaths.Shared, "corpus", "partner-center-full");
        var findings = Directory.EnumerateFiles(corpus, "*.md", SearchOption.AllDirectories)
            .SelectMany(file => Md.Parse(System.IO.File.ReadAllText(file), Path.GetRelativePath(corpus, file).Replace('\\', '/')).Diagnostics)
            .ToList();

        Assert.Empty(findings);
    }
}
