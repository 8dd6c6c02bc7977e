using PartnerDocs.Diagnostics;
using PartnerDocs.Markdown;
using PartnerDocs.Markdown.Images;

namespace PartnerDocs.Tests.Markdown;

public class ImageTests
{
    [Fact]
    public void RendersContentImage()
    {
        var html = Md.Render(":::image type=\"content\" source=\"media/pay.png\" alt-text=\"Pay screen\":::\n");

        Assert.Equal("<p class=\"image\"><img src=\"media/pay.png\" alt=\"Pay screen\" loading=\"lazy\"></p>\n", html);
    }

    [Fact]
    public void AttributesInAnyOrderAndOptionalFlagsIgnored()
    {
        var parsed = Md.Parse(":::image alt-text=\"A\" lightbox=\"media/big.png\" border=\"false\" source=\"media/a.png\" type=\"content\":::\n");

        var image = Assert.IsType<ImageBlock>(Assert.Single(parsed.Document!));
        Assert.Equal(("content", "media/a.png", "A"), (image.Type, image.Source, image.AltText));
    }

    [Fact]
    public void IconNeedsNoAltText()
    {
        var html = Md.Render(":::image type=\"icon\" source=\"media/icon.svg\":::\n");

        Assert.Contains("<img src=\"media/icon.svg\" alt=\"\" loading=\"lazy\">", html);
    }

    [Fact]
    public void ComplexImageKeepsLongDescriptionUntilEndMarker()
    {
        var html = Md.Render(":::image type=\"complex\" source=\"media/chart.png\" alt-text=\"Chart\":::\nSales *grew* by 10%.\n:::image-end:::\n\nAfter.\n");

        Assert.Contains("<img src=\"media/chart.png\" alt=\"Chart\" loading=\"lazy\">", html);
        Assert.Contains("<div class=\"visually-hidden\">\n<p>Sales <em>grew</em> by 10%.</p>\n</div>", html);
        Assert.Contains("<p>After.</p>", html);
        Assert.DoesNotContain("image-end", html);
    }

    [Fact]
    public void EscapesAltText()
    {
        var html = Md.Render(":::image type=\"content\" source=\"a.png\" alt-text=\"<script>alert(1)</script> & more\":::\n");

        Assert.Contains("alt=\"&lt;script&gt;alert(1)&lt;/script&gt; &amp; more\"", html);
        Assert.DoesNotContain("<script>", html);
    }

    [Theory]
    [InlineData(":::image type=\"content\" alt-text=\"No source\":::")]
    [InlineData(":::image type=\"content\" source=\"a.png\":::")]
    [InlineData(":::image type=\"content\" source=\"a.png\" alt-text=\"unclosed")]
    public void IncompleteImageStaysAParagraph(string line)
    {
        var parsed = Md.Parse(line + "\n");

        Assert.DoesNotContain(parsed.Document!, block => block is ImageBlock);
        Assert.Contains(":::image", Md.Engine.Render(parsed, MarkdownRenderContext.Default));
    }

    [Fact]
    public void SourceIsRecordedAsImageLinkAtAttribute()
    {
        var parsed = Md.Parse("Text\n\n:::image type=\"content\" source=\"media/a.png\" alt-text=\"A\":::\n", "es-es/t.md", 4);

        var link = Assert.Single(parsed.Links);
        Assert.Equal(new LinkReference("media/a.png", LinkKind.Image, new SourceLocation("es-es/t.md", 6, 25)), link);
    }

    [Fact]
    public void SourceGoesThroughRewriteUrl()
    {
        var html = Md.Engine.Render(Md.Parse(":::image type=\"content\" source=\"media/a.png\" alt-text=\"A\":::\n"),
            new MarkdownRenderContext { RewriteUrl = url => "/base/" + url });

        Assert.Contains("src=\"/base/media/a.png\"", html);
    }
}
