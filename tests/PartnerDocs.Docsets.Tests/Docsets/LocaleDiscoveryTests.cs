using PartnerDocs.Diagnostics;
using PartnerDocs.Docsets;
using PartnerDocs.Files;

namespace PartnerDocs.Tests.Docsets;

public class LocaleDiscoveryTests
{
    private const string Toc = "# [Home](index.md)\n";

    [Fact]
    public void Without_config_finds_locale_folders_with_a_toc_and_prefers_en_us_as_source()
    {
        using var docset = TempDocset.Create(("fr-fr/TOC.md", Toc), ("en-us/TOC.md", Toc), ("es-es/TOC.md", Toc), ("media/TOC.md", Toc), ("de-de/index.md", "# Hallo"));

        var result = LocaleDiscovery.Discover(FileInventory.Scan(docset.Root, new DiagnosticBag()), DocsetConfig.Default, new DiagnosticBag());

        Assert.Equal(["en-us", "es-es", "fr-fr"], result.Locales);
        Assert.Equal("en-us", result.Source);
    }

    [Fact]
    public void Without_en_us_the_first_locale_is_the_source()
    {
        using var docset = TempDocset.Create(("fr-fr/TOC.md", Toc), ("es-es/toc.yml", "- name: Home\n  href: index.md\n"));

        var result = LocaleDiscovery.Discover(FileInventory.Scan(docset.Root, new DiagnosticBag()), DocsetConfig.Default, new DiagnosticBag());

        Assert.Equal("es-es", result.Source);
    }

    [Fact]
    public void Configured_locale_without_folder_is_reported()
    {
        using var docset = TempDocset.Create(("es-es/TOC.md", Toc));
        var diagnostics = new DiagnosticBag();

        var result = LocaleDiscovery.Discover(FileInventory.Scan(docset.Root, new DiagnosticBag()), new DocsetConfig { Locales = ["es-es", "fr-fr"], SourceLocale = "es-es" }, diagnostics);

        Assert.Equal(["es-es"], result.Locales);
        Assert.Contains("'fr-fr/' does not exist", Assert.Single(diagnostics.ToSortedList()).Message);
    }

    [Fact]
    public void An_upper_case_locale_folder_is_reported_not_silently_ignored()
    {
        using var docset = TempDocset.Create(("en-us/TOC.md", Toc), ("ES-ES/TOC.md", Toc));
        var diagnostics = new DiagnosticBag();

        var result = LocaleDiscovery.Discover(FileInventory.Scan(docset.Root, new DiagnosticBag()), DocsetConfig.Default, diagnostics);

        Assert.Equal(["en-us"], result.Locales);
        var finding = Assert.Single(diagnostics.ToSortedList());
        Assert.Equal(new SourceLocation("ES-ES/", 1), finding.Location);
        Assert.Contains("rename it to 'es-es/'", finding.Message);
    }
}
