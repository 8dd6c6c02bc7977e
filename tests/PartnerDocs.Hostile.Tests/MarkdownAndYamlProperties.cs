using CsCheck;
using PartnerDocs.Diagnostics;
using PartnerDocs.Markdown;
using PartnerDocs.Paths;
using PartnerDocs.Topics;
using PartnerDocs.Yaml;

namespace PartnerDocs.Tests.Hostile;

/// <summary>
/// Generated hostile Markdown and YAML (bounded iterations, one thread): parsing and rendering never throw, never hang, and
/// rendered HTML never carries an unsafe-scheme URL, a script or an event handler.
/// </summary>
public class MarkdownAndYamlProperties
{
    private static readonly string[] MarkdownPieces =
    [
        "> ", "- ", "* ", "1. ", "  ", "    ", "\t", "\n", "\n\n", "\r", "[", "]", "(", ")", "![", "*", "**", "_", "`", "```", "~~~",
        "<", ">", "</", "<div>", "</div>", "<script>", "</script>", "<img src=x onerror=alert(1)>", "<a href=\"javascript:alert(1)\">",
        "<a name=\"x\">", "javascript:", "JaVaScRiPt:", "data:text/html,", "vbscript:", "[r]: javascript:alert(1)", "[r]", "<javascript:x>",
        ":::image type=\"content\" source=\"", "\" alt-text=\"a\":::", "[!INCLUDE[t](", ".md)]", "> [!NOTE]", "|", "---", "# ", "{#id}",
        "&quot;", "&#9;", "\\", "x", "word ", "é", "\u0000", "\uFEFF",
    ];

    private static readonly string[] YamlPieces =
    [
        "title: ", "ms.topic: ", "[", "]", "{", "}", ",", ": ", "- ", "\n", "  ", "'", "\"", "&a ", "*a", "!!str ", "|", ">", "#",
        "---", "...", "x", "?", "%YAML 1.2", "\t", "@", "`", "\u0000",
    ];

    private static readonly MarkdownEngine Engine = new();

    [Fact]
    public Task Any_markdown_parses_and_renders_without_throwing_or_unsafe_urls() => WithinHangGuard(() =>
        Pieces(MarkdownPieces, 400).Sample(markdown =>
        {
            var parsed = Engine.Parse(markdown, "en-us/generated.md");
            var html = Engine.Render(parsed, MarkdownRenderContext.Default);
            var page = SiteScan.Parse("<article>" + html + "</article>");
            Assert.DoesNotContain(page.All, e => e.LocalName is "script" or "iframe");
            Assert.DoesNotContain(page.All.SelectMany(e => e.Attributes), a =>
                a.Name.StartsWith("on", StringComparison.OrdinalIgnoreCase) || (a.Name is "href" or "src" && UrlPolicy.IsUnsafe(a.Value)));
        }, iter: 300, threads: 1));

    [Fact]
    public Task Deep_nesting_of_any_marker_is_bounded() => WithinHangGuard(() =>
        Gen.Select(Gen.OneOf("> ", "- ", "* ", "1. ", "  ", "[", "*a", "<", "_", "![", "> - "), Gen.Int[1, 20_000])
            .Sample((marker, count) =>
            {
                var parsed = Engine.Parse(string.Concat(Enumerable.Repeat(marker, count)) + "x\n", "en-us/deep.md");
                Engine.Render(parsed, MarkdownRenderContext.Default);
            }, iter: 40, threads: 1));

    [Fact]
    public Task Any_front_matter_yaml_is_a_diagnostic_never_an_exception() => WithinHangGuard(() =>
        Pieces(YamlPieces, 200).Sample(yaml =>
        {
            var diagnostics = new DiagnosticBag();
            FrontMatterReader.Read("---\n" + yaml + "\n---\n# Body\n", "en-us/generated.md", diagnostics);
            YamlReader.ParseRoot(yaml, "partnerdocs.yml", 0, Rules.ConfigInvalid, diagnostics);
            Assert.All(diagnostics.ToSortedList(), d => Assert.True(d.Location is { Line: >= 1 }));
        }, iter: 500, threads: 1));

    private static Gen<string> Pieces(string[] pieces, int maxCount) =>
        Gen.OneOf(pieces).Array[0, maxCount].Select(string.Concat);

    // A hang fails the test instead of stalling the run (the body keeps a thread until the process ends).
    private static async Task WithinHangGuard(Action body)
    {
        var work = Task.Run(body);
        var finished = await Task.WhenAny(work, Task.Delay(CliProcess.HangGuard));
        Assert.True(finished == work, $"did not finish within {CliProcess.HangGuard.TotalSeconds} s (hang)");
        await work;
    }
}
