using PartnerDocs.Markdown;
using PartnerDocs.Markdown.Alerts;

namespace PartnerDocs.Tests.Markdown;

public class AlertTests
{
    [Theory]
    [InlineData("NOTE", "note", "Note")]
    [InlineData("tip", "tip", "Tip")]
    [InlineData("Important", "important", "Important")]
    [InlineData("CAUTION", "caution", "Caution")]
    [InlineData("WARNING", "warning", "Warning")]
    public void RendersEachKindWithEnglishLabel(string marker, string kind, string label)
    {
        var html = Md.Render($"> [!{marker}]\n> Body text.\n");

        Assert.Contains($"<div class=\"alert alert-{kind}\" role=\"note\"><p class=\"alert-title\">{label}</p>", html);
        Assert.Contains("<p>Body text.</p>", html);
        Assert.DoesNotContain("blockquote", html);
        Assert.DoesNotContain("[!", html);
    }

    [Fact]
    public void ParsesIntoAlertBlock()
    {
        var doc = Md.Parse("> [!Warning]\n> Careful.\n").Document!;

        var alert = Assert.IsType<AlertBlock>(Assert.Single(doc));
        Assert.Equal("warning", alert.Kind);
    }

    [Fact]
    public void UsesLocalizedLabelFromContext()
    {
        var context = new MarkdownRenderContext { AlertLabel = kind => kind == "note" ? "Nota" : "?" };

        var html = Md.Render("> [!NOTE]\n> Texto.\n", context);

        Assert.Contains("<p class=\"alert-title\">Nota</p>", html);
    }

    [Fact]
    public void WorksInsideListItems()
    {
        var html = Md.Render("1. Step\n\n   > [!TIP]\n   > Inside a list.\n");

        Assert.Contains("alert-tip", html);
    }

    [Fact]
    public void LeavesUnknownMarkersAndOrdinaryQuotesAlone()
    {
        var html = Md.Render("> [!FOO]\n> Text.\n\n> Just a quote.\n");

        Assert.DoesNotContain("alert", html);
        Assert.Contains("<blockquote>", html);
    }

    [Fact]
    public void MarkerMustBeAloneOnItsLine()
    {
        Assert.DoesNotContain("alert", Md.Render("> [!NOTE] more text\n"));
    }
}
