using Markdig.Renderers.Html;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using PartnerDocs.Markdown;

namespace PartnerDocs.Tests.Markdown;

/// <summary>check parses for facts only, skipping the inlines of paragraphs that cannot hold one: it must find exactly what a full parse finds (of headings, the level-1 ones).</summary>
public class FactsOnlyTests
{
    private static readonly MarkdownEngine Full = new();
    private static readonly MarkdownEngine FactsOnly = new(plainTextWords: 0, factsOnly: true);

    private static readonly string[] Written =
    [
        "# Title\n\nPlain words only.\n\nA [link](a.md#x) and ![image](m/i.png).\n\n- item with www.contoso.com\n- item\n",
        "| A | B |\n|---|---|\n| [cell](c.md) | plain |\n\n| C | D |\n|---|---|\n| x | y |\n",
        "Mail: mailto:someone@contoso.com and https://contoso.com/path.\n\nSee WWW.CONTOSO.COM too.\n",
        "Before <a name=\"here\"></a> after.\n\n<span onclick=\"x()\">disallowed</span>\n\n[!INCLUDE[t](includes/t.md)]\n",
        "> [!NOTE]\n> Note with [link](n.md).\n\n:::image type=\"content\" source=\"media/x.png\" alt-text=\"x\":::\n",
        "Setext heading\n==============\n\n## Heading *with* `code` {#custom}\n\n[ref]: target.md\n\nUses [ref].\n",
        string.Concat(Enumerable.Repeat("*a", 50_000)) + "x\n\nAfter.\n",
        string.Concat(Enumerable.Range(0, 40).Select(i => new string(' ', 2 * i) + $"- item {i}\n")),
        string.Concat(Enumerable.Repeat("> ", 31)) + "deep quoted paragraph with **bold** words\n",
        AnchoredHeadings,
        LinkedParagraphs,
    ];

    // Headings the fast path builds (the first six) and look-alikes it must leave to the inline parser: the facts match either way.
    private const string AnchoredHeadings =
        "# <a name=\"title\"></a>Title\n\n## <a name=\"déjà-vu\"></a>  Déjà   vu  ##\n\n> ### <a name=\"quoted\"></a>Quoted\n\n- #### <a name=\"empty\"></a>\n\n"
        + "## <a name=\"x\"></a>Title {#custom}\n\n## <a name=\"y\"></a>Step 1: sign in\n\n## <a name=\"z\"></a>See www.contoso.com\n\n"
        + "## <a name=\"w\"></a>With *emphasis* and `code`\n\n## <a name=\"v\"></a>Two <a id=\"second\"></a>anchors\n\n## <a name='q'></a>Single quotes\n\n"
        + "## <a name=\"u\">Not closed\n\n## <A NAME=\"t\"></A>Upper case\n\n## <a name=\"s\"></a>Visit https://contoso.com\n";

    public static TheoryData<string> RealTopics()
    {
        var data = new TheoryData<string>();
        foreach (var corpus in new[] { Path.Combine(TestPaths.Shared, "corpus", "partner-center-full"), Path.Combine(TestPaths.RepoRoot, "content") })
        {
            data.Add(corpus);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(RealTopics))]
    public void Every_real_topic_has_the_facts_a_full_parse_finds(string corpus)
    {
        var files = Directory.EnumerateFiles(corpus, "*.md", SearchOption.AllDirectories).ToList();
        Assert.NotEmpty(files);
        foreach (var file in files)
        {
            AssertSameFacts(File.ReadAllText(file), Path.GetRelativePath(corpus, file).Replace('\\', '/'));
        }
    }

    [Fact]
    public void Written_edge_cases_have_the_facts_a_full_parse_finds()
    {
        foreach (var markdown in Written)
        {
            AssertSameFacts(markdown, "en-us/topic.md");
        }
    }

    [Fact]
    public void Paragraphs_that_cannot_hold_a_fact_are_not_inline_parsed()
    {
        var document = FactsOnly.Parse("Plain words only.\n\nA [link](a.md).\n", "en-us/topic.md").Document!;

        var paragraphs = document.Descendants<ParagraphBlock>().ToList();
        Assert.Null(paragraphs[0].Inline);
        Assert.Null(paragraphs[0].Lines.Lines); // given back to Markdig's pool
        Assert.NotNull(paragraphs[1].Inline);
    }

    // Paragraphs the fast path builds (the first five and the one with trailing spaces) and look-alikes it must leave to the
    // inline parser: the facts match either way.
    private const string LinkedParagraphs =
        "See [Billing](billing.md#cycle) first.\n\n[Start](index.md)\n\n- Item with [a link](../a/b.md) (and a note).\n\n> Quoted: [x1](https://contoso.com/a_b?c=d)\n\n(See [here](h.md))\n\n"
        + "Two [a](a.md) and [b](b.md).\n\nA [titled](t.md \"Title\") link.\n\nAn [escaped](e\\_.md) one.\n\nAn ![image](i.png) here.\n\n[ref][r] link.\n\n"
        + "- [x](task.md)\n\nWith *emphasis* [e](e.md).\n\nVisit www.contoso.com or [c](c.md).\n\n[Label](<angle.md>)\n\nSplit [label\nacross](lines.md)\n\n"
        + "[!INCLUDE [i](includes/i.md)]\n\nTrailing [t](t.md)  \n\n[r]: r.md\n";

    [Fact]
    public void A_one_link_paragraph_gets_the_inlines_the_inline_parser_would_give_it() =>
        AssertBuiltAsParsed<ParagraphBlock>("# Title\n\nSee [Billing  cycle](billing.md#cycle) first.\n\n- [Start](../index.md)\n\n> Quoted (see [xy](https://contoso.com/a_b?c=d))\n", 3, LinkShape);

    [Fact]
    public void An_anchored_heading_gets_the_inlines_the_inline_parser_would_give_it() =>
        AssertBuiltAsParsed<HeadingBlock>("Intro.\n\n## <a name=\"billing-cycle\"></a>Billing   cycle\n\n> ### <a name=\"quoted\"></a>Quoted\n", 2, Shape);

    [Fact]
    public void A_facts_only_engine_cannot_render()
    {
        var parsed = FactsOnly.Parse("Plain words only.\n", "en-us/topic.md");

        Assert.Throws<InvalidOperationException>(() => FactsOnly.Render(parsed, MarkdownRenderContext.Default));
    }

    // Every block of the kind is built by a fast path, not inline-parsed, and looks as the inline parser's does.
    private static void AssertBuiltAsParsed<TBlock>(string markdown, int count, Func<TBlock, List<string>> shape)
        where TBlock : LeafBlock
    {
        var full = Full.Parse(markdown, "en-us/topic.md").Document!.Descendants<TBlock>().ToList();
        var facts = FactsOnly.Parse(markdown, "en-us/topic.md").Document!.Descendants<TBlock>().ToList();

        Assert.Equal(count, facts.Count);
        foreach (var (expected, actual) in full.Zip(facts))
        {
            Assert.False(actual.ProcessInlines);
            Assert.Equal(shape(expected), shape(actual));
        }
    }

    // Each inline's kind, text, span and line/column, and the heading's id.
    private static List<string> Shape(HeadingBlock heading) => heading.Inline!.Select(inline => inline switch
    {
        HtmlInline html => $"html {html.Tag}",
        LiteralInline literal => $"text {literal.Content}",
        _ => inline.GetType().Name,
    } + $" {inline.Span} {inline.Line}:{inline.Column}").Append($"id {heading.GetAttributes().Id}").ToList();

    // The link's destination, title, spans and label, and the text around it (the inline parser splits text at more places).
    private static List<string> LinkShape(ParagraphBlock paragraph)
    {
        var link = paragraph.Inline!.Descendants<LinkInline>().Single();
        return
        [
            $"url {link.Url} title {link.Title ?? "null"} image {link.IsImage} closed {link.IsClosed}",
            $"span {link.Span} {link.Line}:{link.Column} label {link.LabelSpan} url {link.UrlSpan} title {link.TitleSpan}",
            $"label {string.Concat(link.Select(child => $"{((LiteralInline)child).Content} {child.Span} {child.Line}:{child.Column}"))}",
            $"text {InlineText(paragraph.Inline!)}",
        ];
    }

    private static string InlineText(ContainerInline inline) =>
        string.Concat(inline.Select(child => child switch { LiteralInline literal => literal.Content.ToString(), LinkInline link => $"[{InlineText(link)}]", _ => "?" }));

    private static void AssertSameFacts(string markdown, string file)
    {
        var full = Full.Parse(markdown, file);
        var facts = FactsOnly.Parse(markdown, file);

        Assert.Equal(full.Links, facts.Links);
        Assert.Equal(full.Anchors, facts.Anchors);
        Assert.Equal(full.Includes, facts.Includes);
        Assert.Equal(full.Headings.Where(h => h.Level == 1), facts.Headings); // a topic's title; the model keeps no other heading for a check
        Assert.Equal(full.MarkdownLinksInRawHtml, facts.MarkdownLinksInRawHtml);
        Assert.Equal(full.Diagnostics, facts.Diagnostics);
    }
}
