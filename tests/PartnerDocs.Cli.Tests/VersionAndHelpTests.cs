using PartnerDocs.Search;

namespace PartnerDocs.Tests.Cli;

public class VersionAndHelpTests
{
    [Fact]
    public void Version_names_the_tool_version_and_the_bundled_search_scripts()
    {
        var result = CliRunner.Run("--version");

        Assert.Equal(0, result.ExitCode);
        Assert.Matches(@"^partnerdocs \d+\.\d+\.\d+", result.Stdout);
        Assert.Contains($"lunr {LunrAssets.LunrVersion}, lunr-languages {LunrAssets.LunrLanguagesVersion} bundled", result.Stdout);
    }

    [Theory]
    [InlineData("--help")]
    [InlineData("-h")]
    [InlineData("build", "--help")]
    public void Help_lists_every_command_and_exits_0(params string[] args)
    {
        var result = CliRunner.Run(args);

        Assert.Equal(0, result.ExitCode);
        Assert.All(new[] { "--version", "build", "check", "serve", "stamp" }, command => Assert.Contains("partnerdocs " + command, result.Stdout));
    }
}
