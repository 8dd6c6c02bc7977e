using System.Text.Json;
using System.Text.RegularExpressions;
using AngleSharp.Html.Parser;
using PartnerDocs.Tests.Cli;
using static PartnerDocs.Tests.Translation.StatusDocsets;

namespace PartnerDocs.Tests.Translation;

public class StatusCommandTests
{
    [Fact]
    public void Text_report_has_a_row_per_locale_and_the_topics_that_need_work()
    {
        using var docset = ThreeTopics();
        File.Delete(docset.PathOf("fr-fr/accounts.md"));

        var result = CliRunner.Run("status", docset.Root);

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("source en-us, 3 topics; source change dates from ms.date (not a git repository)", result.Stdout);
        Assert.Matches(@"es-es\s+3 \(100\.0%\)\s+0 \(0\.0%\)\s+0 \(0\.0%\)\s+0 \(0\.0%\)\s+0\s+0\n", result.Stdout.ReplaceLineEndings("\n"));
        Assert.Matches(@"fr-fr\s+2 \(66\.7%\)\s+0 \(0\.0%\)\s+0 \(0\.0%\)\s+1 \(33\.3%\)\s+0\s+7\n", result.Stdout.ReplaceLineEndings("\n"));
        Assert.Contains("accounts.md (7 words): fr-fr missing, 7 words", result.Stdout);
    }

    [Fact]
    public void Fail_under_exits_1_when_a_locale_is_below_the_share()
    {
        using var docset = ThreeTopics();
        File.Delete(docset.PathOf("fr-fr/accounts.md"));

        var failing = CliRunner.Run("status", docset.Root, "--fail-under", "70");
        var passing = CliRunner.Run("status", docset.Root, "--fail-under", "66.6");

        Assert.Equal(1, failing.ExitCode);
        Assert.Contains("fr-fr has 66.7% of its topics translated and current, below --fail-under 70", failing.Stderr);
        Assert.DoesNotContain("es-es", failing.Stderr);
        Assert.Equal(0, passing.ExitCode);
    }

    [Theory]
    [InlineData("--format", "xml")]
    [InlineData("--fail-under", "ninety")]
    [InlineData("--fail-under", "101")]
    [InlineData("--site-url", "javascript:alert(1)")]
    public void Bad_arguments_exit_2(string option, string value)
    {
        using var docset = ThreeTopics();

        var result = CliRunner.Run("status", docset.Root, option, value);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("usage:", result.Stderr);
    }

    [Fact]
    public void Json_has_exactly_the_keys_the_README_documents()
    {
        using var docset = ThreeTopics();
        docset.Replace("en-us/billing.md", "Pay your", "Please pay your");

        var result = CliRunner.Run("status", docset.Root, "--format", "json");

        using var actual = JsonDocument.Parse(result.Stdout);
        using var documented = JsonDocument.Parse(ReadmeSchemaExample());
        Assert.Equal(Shape(documented.RootElement), Shape(actual.RootElement));
        var root = actual.RootElement;
        Assert.Equal(1, root.GetProperty("schemaVersion").GetInt32());
        var fr = root.GetProperty("locales")[1];
        Assert.Equal(("fr-fr", 2, 1, 66.7), (fr.GetProperty("locale").GetString(), fr.GetProperty("current").GetInt32(), fr.GetProperty("stale").GetInt32(), fr.GetProperty("currentPercent").GetDouble()));
        var billing = root.GetProperty("topics").EnumerateArray().Single(t => t.GetProperty("path").GetString() == "billing.md").GetProperty("locales").GetProperty("es-es");
        Assert.Equal(("stale", "2026-02-01", "whole-topic", 15), (billing.GetProperty("state").GetString(), billing.GetProperty("staleSince").GetString(), billing.GetProperty("wordsCounted").GetString(), billing.GetProperty("wordsToTranslate").GetInt32()));
    }

    [Fact]
    public void Html_report_is_self_contained_escaped_and_links_to_the_site()
    {
        using var docset = ThreeTopics();
        docset.Replace("partnerdocs.yml", "title: Status test", "title: \"<script>alert(1)</script>\"");
        File.Delete(docset.PathOf("es-es/billing.md"));
        var output = docset.PathOf("status.html");

        var result = CliRunner.Run("status", docset.Root, "--format", "html", "--site-url", "https://docs.example.com/pc", "--output", output);

        Assert.Equal(0, result.ExitCode);
        Assert.Equal("", result.Stdout);
        var page = new HtmlParser().ParseDocument(File.ReadAllText(output));
        Assert.Contains("<script>alert(1)</script>", page.Title);
        Assert.Empty(page.QuerySelectorAll("script[src], link, img, iframe, object"));
        Assert.Single(page.Scripts);
        Assert.Equal(3, page.QuerySelectorAll("#topics tbody tr").Length);
        var row = page.QuerySelectorAll("#topics tbody tr").Single(r => r.TextContent.Contains("billing.md"));
        Assert.Equal(["https://docs.example.com/pc/en-us/billing.html", "https://docs.example.com/pc/es-es/billing.html", "https://docs.example.com/pc/fr-fr/billing.html"],
            row.QuerySelectorAll("a").Select(a => a.GetAttribute("href")));
        Assert.Contains("Missing", row.Children[3].TextContent);
        Assert.Equal("es-es: 2 current, 0 machine-translated, 0 stale, 1 missing", page.QuerySelector(".bar")!.GetAttribute("aria-label"));
    }

    [Fact]
    public void Omitted_pages_get_no_link()
    {
        using var docset = ThreeTopics("fallback: omit\n");
        File.Delete(docset.PathOf("es-es/billing.md"));

        var html = CliRunner.Run("status", docset.Root, "--format", "html", "--site-url", "../").Stdout;

        var row = new HtmlParser().ParseDocument(html).QuerySelectorAll("#topics tbody tr").Single(r => r.TextContent.Contains("billing.md"));
        Assert.Equal(["../en-us/billing.html", "../fr-fr/billing.html"], row.QuerySelectorAll("a").Select(a => a.GetAttribute("href")));
    }

    [Fact]
    public void Build_publishes_the_report_only_when_the_config_says_status_true()
    {
        using var on = ThreeTopics("status: true\n");
        using var off = ThreeTopics();

        Assert.Equal(0, CliRunner.Run("build", on.Root, "-o", on.OutputPath, "--no-search").ExitCode);
        Assert.Equal(0, CliRunner.Run("build", off.Root, "-o", off.OutputPath, "--no-search").ExitCode);

        Assert.False(File.Exists(Path.Combine(off.OutputPath, "_status/index.html")));
        var page = new HtmlParser().ParseDocument(File.ReadAllText(Path.Combine(on.OutputPath, "_status/index.html")));
        var links = page.QuerySelectorAll("#topics a").Select(a => a.GetAttribute("href")!).ToList();
        Assert.Equal(9, links.Count);
        Assert.All(links, href => Assert.True(File.Exists(Path.Combine(Path.Combine(on.OutputPath, "_status"), href)), href));
    }

    // The JSON example under "### Status JSON" in README.md.
    private static string ReadmeSchemaExample()
    {
        var readme = File.ReadAllText(Path.Combine(TestPaths.RepoRoot, "README.md")).ReplaceLineEndings("\n");
        var section = readme[readme.IndexOf("### Status JSON", StringComparison.Ordinal)..];
        return Regex.Match(section, "```json\n(.*?)```", RegexOptions.Singleline).Groups[1].Value;
    }

    // Key paths of a JSON value: object keys (locale names inside "locales" of a topic generalized), first array element.
    private static List<string> Shape(JsonElement element, string path = "")
    {
        var keys = new List<string>();
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                foreach (var property in element.EnumerateObject())
                {
                    var name = path.EndsWith("topics[].locales", StringComparison.Ordinal) ? "<locale>" : property.Name;
                    keys.Add($"{path}.{name}");
                    keys.AddRange(Shape(property.Value, $"{path}.{name}"));
                }

                break;
            case JsonValueKind.Array when element.GetArrayLength() > 0:
                keys.AddRange(Shape(element[0], path + "[]"));
                break;
        }

        return keys.Distinct().ToList();
    }
}
