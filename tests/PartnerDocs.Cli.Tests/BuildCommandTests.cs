using PartnerDocs.Site;

namespace PartnerDocs.Tests.Cli;

public class BuildCommandTests
{
    [Fact]
    public void Missing_docset_exits_2_with_a_message_not_a_stack_trace()
    {
        using var temp = TempDocset.Create();

        var result = CliRunner.Run("build", temp.PathOf("nope"), "-o", temp.PathOf("out"));

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("does not exist", result.Stderr);
        Assert.DoesNotContain("   at ", result.Stderr);
        Assert.False(Directory.Exists(temp.PathOf("out")));
    }

    [Theory]
    [InlineData("build", "--bogus")]
    [InlineData("frobnicate")]
    [InlineData("build", "-o")]
    public void Bad_arguments_exit_2_with_usage(params string[] args)
    {
        var result = CliRunner.Run(args);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("usage:", result.Stderr);
    }

    [Fact]
    public void Refuses_to_overwrite_a_folder_it_did_not_make()
    {
        using var temp = TempDocset.Create(("docs/en-us/TOC.md", "# [Home](index.md)\n"), ("docs/en-us/index.md", "# Home\n"), ("out/thesis.docx", "years of work"));

        var result = CliRunner.Run("build", temp.PathOf("docs"), "-o", temp.PathOf("out"));

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("refusing", result.Stderr);
        Assert.Equal("years of work", temp.Read("out/thesis.docx"));
    }

    [Fact]
    public void A_template_that_fails_on_every_page_exits_2_with_one_message_and_leaves_no_site()
    {
        using var temp = TempDocset.Create(
            ("docs/en-us/TOC.md", "# [Home](index.md)\n## [Two](two.md)\n## [Three](three.md)\n"),
            ("docs/en-us/index.md", "# Home\n"), ("docs/en-us/two.md", "# Two\n"), ("docs/en-us/three.md", "# Three\n"),
            // The same failure on every page (pages failing differently would each be reported once, as many as the threads hit).
            ("theme/page.sbn-html", "<p>{{ Nothing.Deeper }}</p>\n"));

        var result = CliRunner.Run("build", temp.PathOf("docs"), "-o", temp.PathOf("out"), "--templates", temp.PathOf("theme"));

        Assert.Equal(2, result.ExitCode);
        Assert.Single(result.Stderr.Split('\n'), line => line.Contains("page.sbn-html:1:"));
        Assert.DoesNotContain("   at ", result.Stderr);
        Assert.False(Directory.Exists(temp.PathOf("out")));
    }

    [Fact]
    public void Bad_input_is_a_diagnostic_with_file_and_line_and_the_build_goes_on()
    {
        using var temp = TempDocset.Create(
            ("docs/en-us/TOC.md", "# [Home](index.md)\n## [Broken](broken.md)\n"),
            ("docs/en-us/index.md", "# Home\n"),
            ("docs/en-us/broken.md", "---\ntitle: [unclosed\n---\n# Broken\n"));

        var result = CliRunner.Run("build", temp.PathOf("docs"), "-o", temp.PathOf("out"));

        Assert.Equal(1, result.ExitCode);
        Assert.Matches(@"en-us/broken\.md:\d+:\d+: error frontmatter\.invalid", result.Stderr);
        Assert.True(File.Exists(temp.PathOf("out/en-us/broken.html")));
        Assert.True(File.Exists(temp.PathOf("out/en-us/index.html")));
        Assert.True(File.Exists(temp.PathOf("out/" + OutputFolder.MarkerFile)));
    }

    [Fact]
    public void Refuses_a_folder_without_locales_so_a_mistyped_path_fails_ci()
    {
        using var temp = TempDocset.Create();
        Directory.CreateDirectory(temp.PathOf("docs"));

        var result = CliRunner.Run("build", temp.PathOf("docs"), "-o", temp.PathOf("out"));

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("no locale folder", result.Stderr);
        Assert.False(Directory.Exists(temp.PathOf("out")));
    }
}
