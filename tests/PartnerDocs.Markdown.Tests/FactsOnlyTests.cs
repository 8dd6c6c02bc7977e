using Markdig.Syntax;
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
    ];

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

    [Fact]
    public void A_facts_only_engine_cannot_render()
    {
        var parsed = FactsOnly.Parse("Plain words only.\n", "en-us/topic.md");

        Assert.Throws<InvalidOperationException>(() => FactsOnly.Render(parsed, MarkdownRenderContext.Default));
    }

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
