using PartnerDocs.Diagnostics;
using PartnerDocs.Markdown;
using PartnerDocs.Markdown.Alerts;
using PartnerDocs.Markdown.Divs;
using PartnerDocs.Markdown.Images;

namespace PartnerDocs.Tests.Markdown;

/// <summary>The spellings of DocFX syntax that real docsets (partner-center-full and Microsoft Learn) use, beside the canonical ones.</summary>
public class DocfxSyntaxVariantTests
{
    [Theory]
    [InlineData("[!INCLUDE [Sign in](includes/sign-in.md)]\n")]
    [InlineData("[!INCLUDE[Sign in](includes/sign-in.md)]\n")]
    [InlineData("[!include [Sign in](includes/sign-in.md)]\n")]
    public void A_block_include_may_have_a_space_before_its_title(string markdown)
    {
        var include = Assert.Single(Md.Parse(markdown).Includes);

        Assert.Equal(("Sign in", "includes/sign-in.md", true), (include.Title, include.Path, include.IsBlock));
    }

    [Fact]
    public void An_inline_include_may_have_a_space_before_its_title()
    {
        var include = Assert.Single(Md.Parse("Bienvenido a [!INCLUDE [producto](includes/product.md)] hoy.\n").Includes);

        Assert.Equal(("includes/product.md", false, 14), (include.Path, include.IsBlock, include.Location.Column));
    }

    [Fact]
    public void An_include_marker_without_a_link_stays_text()
    {
        Assert.Empty(Md.Parse("[!INCLUDE nothing here]\n").Includes);
    }

    // partner-center-full writes ">[!NOTE]", "> [!NOTE]", ">[!Important]", ">[!IMPORTANT] " (trailing space) and indented ">[!NOTE]" in lists.
    [Theory]
    [InlineData(">[!NOTE]\n>Texto.\n", "note")]
    [InlineData("> [!NOTE]\n> Texto.\n", "note")]
    [InlineData(">[!Important]\n> Texto.\n", "important")]
    [InlineData(">[!IMPORTANT] \n> Texto.\n", "important")]
    [InlineData("1. Paso\n\n    >[!NOTE]\n    >Texto.\n", "note")]
    public void An_alert_may_follow_the_quote_marker_with_or_without_a_space(string markdown, string kind)
    {
        var html = Md.Render(markdown);

        Assert.Contains($"<div class=\"alert alert-{kind}\" role=\"note\">", html);
        Assert.Contains("Texto.", html);
        Assert.DoesNotContain("[!", html);
    }

    [Theory]
    [InlineData("> [!div class=\"nextstepaction\"]\n> [Introducción](get-started.md)\n")]
    [InlineData(">[!div class=\"nextstepaction\"]\n>[Introducción](get-started.md)\n")]
    public void A_nextstepaction_div_is_a_classed_div_around_its_link(string markdown)
    {
        var parsed = Md.Parse(markdown);
        var html = Md.Engine.Render(parsed, MarkdownRenderContext.Default);

        Assert.IsType<DivBlock>(Assert.Single(parsed.Document!));
        Assert.Equal("<div class=\"nextstepaction\">\n<p><a href=\"get-started.md\">Introducción</a></p>\n</div>\n", html);
        Assert.Equal("get-started.md", Assert.Single(parsed.Links).Url);
    }

    [Fact]
    public void Any_div_class_wraps_the_quote_content_and_unsafe_class_names_are_dropped()
    {
        var html = Md.Render("> [!div class=\"checklist\"]\n> * Uno\n> * Dos\n\n> [!div class=\"good bad<script>\"]\n> Texto\n");

        Assert.Contains("<div class=\"checklist\">\n<ul>\n<li>Uno</li>", html);
        Assert.Contains("<div class=\"good\">\n<p>Texto</p>", html);
        Assert.DoesNotContain("<script", html);
    }

    [Fact]
    public void A_div_marker_that_is_not_alone_on_its_line_leaves_an_ordinary_quote()
    {
        var html = Md.Render("> [!div class=\"nextstepaction\"] and more\n");

        Assert.Contains("<blockquote>", html);
    }

    [Fact]
    public void An_icon_image_needs_no_alt_text_and_is_checked_like_any_image()
    {
        var parsed = Md.Parse(":::image type=\"icon\" source=\"../media/icons/check.svg\" border=\"false\":::\n", "es-es/a/topic.md");

        var image = Assert.IsType<ImageBlock>(Assert.Single(parsed.Document!));
        Assert.Equal("icon", image.Type);
        Assert.Equal(new LinkReference("../media/icons/check.svg", LinkKind.Image, new SourceLocation("es-es/a/topic.md", 1, 22)), Assert.Single(parsed.Links));
    }

    [Fact]
    public void A_complex_image_keeps_its_long_description_with_links_until_image_end()
    {
        var parsed = Md.Parse(":::image type=\"complex\" source=\"images/flow.png\" alt-text=\"Flujo\":::\n" +
            "El flujo empieza en [el panel](dashboard.md).\n:::image-end:::\n\n## Después\n");

        var image = Assert.IsType<ImageBlock>(parsed.Document![0]);
        Assert.Equal("complex", image.Type);
        Assert.Equal(["images/flow.png", "dashboard.md"], parsed.Links.Select(l => l.Url));
        Assert.Equal("Después", Assert.Single(parsed.Headings).Text);
    }

    [Fact]
    public void An_a_name_anchor_inside_a_heading_is_an_anchor_and_not_part_of_the_heading_text()
    {
        // The shape of partner-center-full's 3,700 headings.
        var parsed = Md.Parse("## <a name=\"co-op-claim-payments\"></a>Pagos de reclamaciones de cooperación\n");

        var heading = Assert.Single(parsed.Headings);
        Assert.Equal(("Pagos de reclamaciones de cooperación", "pagos-de-reclamaciones-de-cooperación"), (heading.Text, heading.Id));
        Assert.Contains(parsed.Anchors, a => a.Id == "co-op-claim-payments" && a.Kind == AnchorKind.HtmlName);
        Assert.Contains("<a name=\"co-op-claim-payments\"></a>", Md.Render("## <a name=\"co-op-claim-payments\"></a>Pagos\n"));
    }
}
