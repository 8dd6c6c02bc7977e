namespace PartnerDocs.Tests.Site;

/// <summary>content/ is what `partnerdocs build` builds by default; it must build whatever state it is in.</summary>
public class ContentBuildTests
{
    [Fact]
    public void The_projects_own_docset_builds_every_topic_in_every_locale()
    {
        using var temp = TempDocset.Create();
        var content = Path.Combine(TestPaths.RepoRoot, "content");

        var result = Cli.CliRunner.Run("build", content, "-o", temp.PathOf("_site"));

        Assert.True(result.ExitCode == 0, result.Stderr);
        var site = new BuiltSite(temp.PathOf("_site"));
        foreach (var locale in new[] { "en-us", "es-es", "fr-fr" })
        {
            var topics = Directory.GetFiles(Path.Combine(content, "en-us"), "*.md").Select(Path.GetFileNameWithoutExtension).Where(f => f != "TOC").ToList();
            Assert.All(topics, topic => Assert.True(site.Exists($"{locale}/{topic}.html"), $"{locale}/{topic}.html missing"));
        }
    }
}
