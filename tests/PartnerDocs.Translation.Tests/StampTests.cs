using PartnerDocs.Diagnostics;
using PartnerDocs.Tests.Cli;
using PartnerDocs.Topics;
using PartnerDocs.Translation;
using static PartnerDocs.Tests.CheckHarness;

namespace PartnerDocs.Tests.Translation;

public class StampTests
{
    [Theory]
    [InlineData("---\ntitle: A\n---\nbody\n", "---\ntitle: A\nsource-hash: h\n---\nbody\n")]
    [InlineData("---\r\ntitle: A\r\nsource-hash: old\r\nx: y\r\n---\r\nbody\r\n", "---\r\ntitle: A\r\nsource-hash: h\r\nx: y\r\n---\r\nbody\r\n")]
    [InlineData("# No front matter\n", "---\nsource-hash: h\n---\n# No front matter\n")]
    public void Sets_the_key_and_keeps_every_other_byte(string before, string after)
    {
        Assert.Equal(after, FrontMatterEditor.SetKey(before, FrontMatter.SourceHashKey, "h"));
    }

    [Fact]
    public void Stamp_records_the_source_hash_so_stale_translations_pass()
    {
        using var docset = TwoLocales(("es-es/billing.md", "---\r\ntitle: Billing\r\nsource-hash: 0000000000000000\r\n---\r\n# Billing\r\n\r\n## Read your bill\r\n"));

        var result = CliRunner.Run("stamp", docset.Root, "es-es");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("es-es/billing.md: source-hash 0000000000000000 -> ", result.Stdout);
        Assert.Contains("stamped 2 translations", result.Stdout);
        Assert.StartsWith("---\r\ntitle: Billing\r\nsource-hash: ", docset.Read("es-es/billing.md"));
        Assert.Empty(Findings(docset, Rules.ParityStale));
        Assert.Contains("already", CliRunner.Run("stamp", docset.Root).Stdout);
    }

    [Fact]
    public void Stamping_the_source_locale_or_an_unknown_one_exits_2()
    {
        using var docset = TwoLocales();

        Assert.Equal(2, CliRunner.Run("stamp", docset.Root, "en-us").ExitCode);
        Assert.Equal(2, CliRunner.Run("stamp", docset.Root, "de-de").ExitCode);
    }
}
