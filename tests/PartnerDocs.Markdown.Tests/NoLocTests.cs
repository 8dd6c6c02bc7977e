using Markdig.Syntax;
using PartnerDocs.Markdown.NoLoc;

namespace PartnerDocs.Tests.Markdown;

public class NoLocTests
{
    [Fact]
    public void RendersTextInline()
    {
        var parsed = Md.Parse("Open :::no-loc text=\"Partner Center\"::: now.\n");

        Assert.Contains(parsed.Document!.Descendants<NoLocInline>(), n => n.Text == "Partner Center");
        Assert.Equal("<p>Open Partner Center now.</p>\n", Md.Render("Open :::no-loc text=\"Partner Center\"::: now.\n"));
        Assert.Equal("Open Partner Center now.", parsed.PlainText);
    }

    [Fact]
    public void EscapesText()
    {
        var html = Md.Render(":::no-loc text=\"<script>alert('x')</script>\":::\n");

        Assert.Contains("&lt;script&gt;alert('x')&lt;/script&gt;", html);
        Assert.DoesNotContain("<script>", html);
    }

    [Fact]
    public void BrokenDirectiveStaysText()
    {
        Assert.Equal("<p>A :::no-loc text=&quot;open</p>\n", Md.Render("A :::no-loc text=\"open\n"));
    }
}
