using PartnerDocs.Tests.Cli;

namespace PartnerDocs.Tests.CliCommands;

/// <summary>Regression tests for issue 10: build, check and serve read one model and give one verdict.</summary>
public class OneVerdictTests
{
    private static TempDocset Docset(params (string Path, string Text)[] extra) => TempDocset.Create(
        [("en-us/TOC.md", "# [Home](index.md)\n"), ("en-us/index.md", "---\ntitle: Home\n---\n# Home\n\nText.\n"), .. extra]);

    [Theory]
    [InlineData("~/en-us/includes/a.md")]
    [InlineData("includes\\a.md")]
    public void Check_and_build_resolve_tilde_and_backslash_include_paths_alike(string path)
    {
        using var docset = Docset(("en-us/index.md", $"---\ntitle: Home\n---\n# Home\n\n[!INCLUDE[a]({path})]\n"), ("en-us/includes/a.md", "Included sentence.\n"));

        var check = CliRunner.Run("check", docset.Root);
        using var output = TempDocset.Create(); // -o inside the docset is refused
        var build = CliRunner.Run("build", docset.Root, "-o", output.PathOf("_site"), "--no-search");

        Assert.True(check.ExitCode == 0, check.Stdout + check.Stderr);
        Assert.DoesNotContain("include.target-missing", check.Stdout);
        Assert.Equal(0, build.ExitCode);
        Assert.Contains("Included sentence.", File.ReadAllText(output.PathOf("_site/en-us/index.html")));
    }

    [Fact]
    public void An_unclosed_flow_sequence_in_front_matter_is_a_diagnostic_not_a_crash()
    {
        using var docset = Docset(("en-us/index.md", "---\ntitle: Home\nms.topic: [article\n---\n# Home\n"));

        var check = CliRunner.Run("check", docset.Root);
        using var output = TempDocset.Create(); // -o inside the docset is refused
        var build = CliRunner.Run("build", docset.Root, "-o", output.PathOf("_site"), "--no-search");

        Assert.Equal(1, check.ExitCode);
        Assert.Matches(@"en-us/index\.md:\d+:\d+: error frontmatter\.invalid", check.Stdout);
        Assert.Equal(1, build.ExitCode);
        Assert.True(File.Exists(output.PathOf("_site/en-us/index.html")));
    }

    [Fact]
    public void An_unclosed_flow_sequence_in_partnerdocs_yml_is_a_diagnostic_not_a_crash()
    {
        using var docset = Docset(("partnerdocs.yml", "title: T\nlocales: [en-us, es-es\nsourceLocale: en-us\n"));

        var check = CliRunner.Run("check", docset.Root);

        Assert.Equal(1, check.ExitCode);
        Assert.Matches(@"partnerdocs\.yml:\d+:\d+: error config\.invalid", check.Stdout);
    }

    [Fact]
    public void Build_follows_rule_severities_like_check()
    {
        using var docset = Docset(("partnerdocs.yml", "rules:\n  frontmatter.invalid: off\n"), ("en-us/index.md", "---\ntitle: [Home\n---\n# Home\n"));

        var check = CliRunner.Run("check", docset.Root);
        using var output = TempDocset.Create(); // -o inside the docset is refused
        var build = CliRunner.Run("build", docset.Root, "-o", output.PathOf("_site"), "--no-search");

        Assert.Equal(0, check.ExitCode);
        Assert.True(build.ExitCode == 0, build.Stderr);
        Assert.DoesNotContain("frontmatter.invalid", build.Stderr);
    }
}
