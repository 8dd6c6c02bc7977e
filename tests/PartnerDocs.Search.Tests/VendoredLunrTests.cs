using PartnerDocs.Search;

namespace PartnerDocs.Tests.Search;

/// <summary>vendor/ holds exactly the pinned npm packages' browser files, and the assembly carries exactly vendor/.</summary>
public class VendoredLunrTests
{
    private static readonly string Vendor = Path.Combine(TestPaths.RepoRoot, "vendor");

    [Fact]
    public void Every_vendored_file_equals_the_pinned_npm_package_file()
    {
        var files = VendoredFiles();

        Assert.NotEmpty(files);
        Assert.All(files, file => Assert.True(
            File.ReadAllBytes(Path.Combine(Vendor, file)).SequenceEqual(File.ReadAllBytes(Path.Combine(NodeOracle.NodeModules, file))),
            $"vendor/{file} differs from node_modules/{file}: run `bash vendor/update.sh` after changing package.json"));
    }

    [Fact]
    public void Every_lunr_languages_plugin_is_vendored()
    {
        var plugins = Directory.GetFiles(Path.Combine(NodeOracle.NodeModules, "lunr-languages"), "lunr.*.js").Select(p => "lunr-languages/" + Path.GetFileName(p));

        Assert.Empty(plugins.Except(VendoredFiles()));
    }

    [Fact]
    public void The_assembly_carries_every_vendored_script_and_licence_byte_for_byte()
    {
        var expected = VendoredFiles().Where(f => !f.EndsWith("package.json", StringComparison.Ordinal)).ToList();

        Assert.Equal(expected, LunrAssets.Bundled.Files);
        Assert.All(expected, file =>
        {
            using var bundled = LunrAssets.Bundled.Open(file)!;
            using var copy = new MemoryStream();
            bundled.CopyTo(copy);
            Assert.True(copy.ToArray().SequenceEqual(File.ReadAllBytes(Path.Combine(Vendor, file))), file);
        });
    }

    [Theory]
    [InlineData("en-us")]
    [InlineData("es-es")]
    [InlineData("fr-fr")]
    [InlineData("de-de")]
    [InlineData("it-it")]
    [InlineData("pt-br")]
    [InlineData("ja-jp")]
    [InlineData("zh-cn")]
    [InlineData("ko-kr")]
    [InlineData("ru-ru")]
    public void The_site_gets_the_plugin_of_every_language_a_profile_picks(string locale)
    {
        using var temp = TempDocset.Create();
        var profile = LanguageProfile.ForLocale(locale);

        LunrAssets.Bundled.CopyTo(temp.PathOf("lunr"), [profile]);

        Assert.True(File.Exists(temp.PathOf("lunr/lunr.min.js")));
        Assert.All(profile.ScriptFiles, file => Assert.True(File.Exists(temp.PathOf("lunr/" + file)), file));
    }

    private static List<string> VendoredFiles() =>
        new[] { "lunr", "lunr-languages" }
            .SelectMany(package => Directory.GetFiles(Path.Combine(Vendor, package)).Select(f => package + "/" + Path.GetFileName(f)))
            .Order(StringComparer.Ordinal)
            .ToList();
}
