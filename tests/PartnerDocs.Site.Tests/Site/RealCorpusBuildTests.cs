using System.Text.RegularExpressions;

namespace PartnerDocs.Tests.Site;

/// <summary>The real Partner Center (21Vianet) Spanish and French docs, read from ../shared, built end to end.</summary>
public partial class RealCorpusBuildTests
{
    [Fact]
    public void Every_topic_of_every_locale_gets_its_page_and_the_navigation_shows_every_toc_title()
    {
        using var corpus = TempDocset.RealCorpus();
        var output = corpus.OutputPath;

        var result = Cli.CliRunner.Run("build", corpus.Root, "-o", output);

        Assert.True(result.ExitCode == 0, result.Stderr);
        var site = new BuiltSite(output);
        foreach (var locale in new[] { "es-es", "fr-fr" })
        {
            var topics = Directory.GetFiles(corpus.PathOf(locale), "*.md").Select(Path.GetFileName).Where(f => f != "TOC.md").ToList();
            Assert.Equal(35, topics.Count);
            Assert.All(topics, topic => Assert.True(site.Exists($"{locale}/{topic![..^3]}.html"), $"{locale}/{topic} has no page"));

            var navTitles = site.Navigation(locale).QuerySelectorAll("a").Select(a => a.TextContent).ToHashSet();
            var tocTitles = TocTitle().Matches(corpus.Read($"{locale}/TOC.md")).Select(m => m.Groups[1].Value).ToList();
            Assert.Equal(36, tocTitles.Count);
            Assert.All(tocTitles, title => Assert.Contains(title, navTitles));
        }
    }

    [Fact]
    public void Links_between_topics_point_at_html_pages()
    {
        using var corpus = TempDocset.RealCorpus();
        var output = corpus.OutputPath;

        Cli.CliRunner.Run("build", corpus.Root, "-o", output);

        var page = new BuiltSite(output).Page("es-es/billing.html");
        var hrefs = page.QuerySelectorAll("article a[href]").Select(a => a.GetAttribute("href")!).Where(h => !h.Contains("://")).ToList();
        Assert.NotEmpty(hrefs);
        Assert.DoesNotContain(hrefs, h => h.Split('#')[0].EndsWith(".md", StringComparison.Ordinal));
        Assert.Contains(hrefs, h => h.Split('#')[0].EndsWith(".html", StringComparison.Ordinal));
    }

    [GeneratedRegex(@"^#+ \[(.+)\]\(", RegexOptions.Multiline)]
    private static partial Regex TocTitle();
}
