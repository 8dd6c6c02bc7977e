using PartnerDocs.Markdown.RawHtml;

namespace PartnerDocs.Tests.Markdown;

/// <summary>The fast path that lets provably allowed raw HTML skip the sanitizer: it must never pass what the sanitizer would change.</summary>
public class AllowListedHtmlTests
{
    [Theory]
    [InlineData("<a name=\"section-1\">")]
    [InlineData("<a id='x' class=\"c d\">")]
    [InlineData("<a href=\"other.html#part\">")]
    [InlineData("<a href=\"https://example.com/x?y=1\" target=\"_blank\" rel=\"noopener\">")]
    [InlineData("<a href=\"mailto:a@example.com\">")]
    [InlineData("<img src=\"media/x.png\" alt=\"x\" width=\"20\">")]
    [InlineData("<br/>")]
    [InlineData("<details open>")]
    [InlineData("<td colspan=\"2\" align=\"left\">")]
    public void Allowed_start_tags_pass_and_the_sanitizer_agrees(string tag)
    {
        Assert.True(AllowListedHtml.IsAllowedStartTag(tag));
        Assert.Empty(DocsHtmlSanitizer.SanitizerRemovals(tag));
    }

    [Theory]
    [InlineData("<script>")]
    [InlineData("<a onclick=\"x()\">")]
    [InlineData("<div style=\"color: red\">")]
    [InlineData("<a href=\"javascript:x()\">")]
    [InlineData("<a href=\"JavaScript:x()\">")]
    [InlineData("<a href=\" javascript:x()\">")]
    [InlineData("<a href=\"java&#9;script:x()\">")]
    [InlineData("<a href=\"HTTP://example.com\">")]
    [InlineData("<a href=\"x?a=b:c\">")]
    [InlineData("<a href=x.html>")]
    [InlineData("<a title=\"&{alert(1)}\">")]
    [InlineData("<img src=\"a.png\" srcset=\"b.png 2x\">")]
    [InlineData("<blockquote cite=\"https://example.com\">")]
    [InlineData("<video poster=\"p.png\">")]
    [InlineData("<a name=\"x\"id=\"y\">")]
    [InlineData("<svg>")]
    [InlineData("<iframe src=\"https://example.com\">")]
    [InlineData("<a data-x=\"1\">")]
    public void Anything_else_goes_to_the_sanitizer(string tag) =>
        Assert.False(AllowListedHtml.IsAllowedStartTag(tag));

    [Theory]
    [InlineData("<a name=\"x\"></a>", true)]
    [InlineData("<div class=\"box\">\n<span>text &amp; more</span>\n</div>", true)]
    [InlineData("<div>", false)]
    [InlineData("</div>", false)]
    [InlineData("<b><i></b></i>", false)]
    [InlineData("<a name=\"x\"/>", false)]
    [InlineData("<!-- comment -->", false)]
    [InlineData("<p>a < b</p>", false)]
    [InlineData("<p>x</p></main>", false)]
    public void A_fragment_passes_only_when_every_tag_is_allowed_and_balanced(string html, bool allowed)
    {
        var open = new Stack<(string, object?)>();

        Assert.Equal(allowed, AllowListedHtml.TryAdd(html, owner: null, open) && open.Count == 0);
    }

    [Fact]
    public void An_inline_tag_opened_in_one_paragraph_cannot_be_closed_in_another()
    {
        var open = new Stack<(string, object?)>();
        object first = new(), second = new();

        Assert.True(AllowListedHtml.TryAdd("<span>", first, open));
        Assert.False(AllowListedHtml.TryAdd("</span>", second, open));
    }

    [Theory]
    [InlineData("## <a name=\"co-op\"></a>Claims\n\nText <kbd>Ctrl</kbd>.\n\n<div class=\"x\">\n\n*md*\n\n</div>\n")]
    [InlineData("Text <span>open\n\nnext</span> paragraph.\n")]
    [InlineData("<details><summary>s</summary>\n\nHidden.\n\n<!-- note -->\n\n</details>\n")]
    public void Pages_render_the_same_html_whether_or_not_the_sanitizer_runs(string markdown)
    {
        var html = Md.Render(markdown);

        // Rendering is either proven (kept as written, which the sanitizer keeps as the same DOM) or sanitized.
        Assert.Equal(Normalized(DocsHtmlSanitizer.Sanitize(html)), Normalized(html));
    }

    [Fact]
    public void Unbalanced_raw_html_is_still_repaired_by_the_sanitizer() =>
        Assert.Equal("<p>Text <span>open</span></p>\n<p>next paragraph.</p>", Md.Render("Text <span>open\n\nnext</span> paragraph.\n").Trim());

    private static string Normalized(string html) =>
        new AngleSharp.Html.Parser.HtmlParser().ParseDocument("<body>" + html).Body!.InnerHtml;
}
