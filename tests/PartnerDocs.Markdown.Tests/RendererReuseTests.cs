using System.Text;
using PartnerDocs.Markdown;
using PartnerDocs.Text;

namespace PartnerDocs.Tests.Markdown;

/// <summary>One engine renders page after page with the same renderers and buffers: nothing of one page may reach the next.</summary>
public class RendererReuseTests
{
    private static readonly MarkdownRenderContext French = new() { AlertLabel = kind => "Remarque (" + kind + ")" };

    private static readonly string[] Pages =
    [
        "# Long page\n\n" + string.Concat(Enumerable.Repeat("Some *text* with [a link](a.md) and 😀 emoji.\n\n", 400)),
        "> [!NOTE]\n> Short note.\n",
        "<div>\n\nUnclosed raw block, which the page's sanitizing closes.\n",
        "Allowed as written: <span class='note'>kept</span> (sanitizing would rewrite the quotes).\n",
        "- tight\n- list\n\n1. loose\n\n2. list\n",
        "Plain paragraph.\n",
    ];

    [Fact]
    public void EachPageRendersAsWithAFreshEngine()
    {
        var shared = new MarkdownEngine();
        foreach (var round in new[] { 0, 1 })
        {
            foreach (var (page, index) in Pages.Select((page, index) => (page, index)))
            {
                var context = (index + round) % 2 == 0 ? French : MarkdownRenderContext.Default;
                var fresh = new MarkdownEngine();
                var expected = fresh.Render(fresh.Parse(page, "en-us/a.md"), context);

                Assert.Equal(expected, shared.Render(shared.Parse(page, "en-us/a.md"), context));
                Assert.Equal(Encoding.UTF8.GetBytes(expected), shared.RenderUtf8(shared.Parse(page, "en-us/a.md"), context));
            }
        }
    }

    [Fact]
    public void RawHtmlTheAllowListProvesIsKeptAsWritten()
    {
        Assert.Contains("<span class='note'>", Md.Render(Pages[3]));
    }

    [Fact]
    public void Utf8FromABuilderKeepsASurrogatePairSplitBetweenChunks()
    {
        // Capacity 1: the pair's high surrogate ends the first chunk and the low one starts the next.
        var builder = new StringBuilder(1).Append("😀 é ").Append(string.Concat(Enumerable.Repeat("Ω😀", 100)));

        Assert.Equal(Encoding.UTF8.GetBytes(builder.ToString()), Utf8Builder.Encode(builder, builder.Length));
        Assert.Equal(Encoding.UTF8.GetBytes(builder.ToString(0, 5)), Utf8Builder.Encode(builder, 5));
    }

    [Fact]
    public void SearchTextOfATopicHoldsNothingOfTheTopicBefore()
    {
        var engine = new MarkdownEngine();
        engine.Parse(string.Concat(Enumerable.Repeat("Earlier words here.\n\n", 200)), "en-us/a.md");

        var parsed = engine.Parse("&nbsp;\n\n&#32;Spaced&#32;text&#32;\n\n**Last**\n", "en-us/b.md");

        Assert.Equal("Spaced text\nLast", parsed.PlainText);
    }

    [Fact]
    public void FactsOfATopicHoldNothingOfTheTopicBefore()
    {
        const string Busy = "# Intro\n\n## Intro\n\nSee [b](b.md#x) and <a href=\"c.md\" name=\"here\">c</a> <span onclick=\"go()\">old</span>.\n\n[!INCLUDE [i](inc.md)]\n";
        var engine = new MarkdownEngine(new PartnerDocs.Paths.ReferenceResolver(new HashSet<string> { "en-us" }, ""));
        var first = engine.Parse(Busy, "en-us/a.md");

        var quiet = engine.Parse("# Intro\n\nPlain words.\n", "en-us/b.md");
        var again = engine.Parse(Busy, "en-us/a.md");

        Assert.Equal(["intro"], quiet.Headings.Select(h => h.Id));
        Assert.Equal(["intro"], quiet.Anchors.Select(a => a.Id));
        Assert.Empty(quiet.Links);
        Assert.Empty(quiet.Includes);
        Assert.Empty(quiet.Diagnostics);
        Assert.Equal(["intro", "intro-1"], first.Headings.Select(h => h.Id));
        Assert.Equal(first.Links, again.Links);
        Assert.Equal(first.Anchors, again.Anchors);
        Assert.Equal(first.Headings, again.Headings);
        Assert.Equal(first.Includes.Select(i => i.Path), again.Includes.Select(i => i.Path));
        Assert.Equal(first.Diagnostics.Select(d => d.Message), again.Diagnostics.Select(d => d.Message));
        Assert.NotEmpty(first.Diagnostics);
    }
}
