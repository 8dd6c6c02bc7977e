using PartnerDocs.Diagnostics;
using static PartnerDocs.Tests.CheckHarness;

namespace PartnerDocs.Tests.Validation;

/// <summary>imageFallback: localized repositories (such as partner-center-full) take their images from the English one.</summary>
public class ImageFallbackTests
{
    // The shapes of partner-center-full: ':::image' with a ~/ source and a Markdown image with #lightbox.
    private const string Billing = "---\ntitle: Billing\n---\n# Billing\n\n## Read your bill\n\n" +
        ":::image type=\"content\" source=\"images/bill.png\" alt-text=\"Factura\":::\n\n![Factura](images/bill.png#lightbox)\n\n![Otra](images/other.png)\n";

    [Fact]
    public void Without_the_setting_every_missing_image_is_an_error()
    {
        using var docset = TwoLocales(("es-es/billing.md", Billing));

        Assert.Equal(3, Findings(docset, Rules.ImageTargetMissing).Count);
    }

    [Fact]
    public void When_the_fallback_folder_is_absent_the_missing_images_are_one_note_at_the_setting()
    {
        using var docset = TwoLocales(("es-es/billing.md", Billing));
        docset.Write("partnerdocs.yml", "sourceLocale: en-us\nimageFallback: ../english-repo/partner-center\n");

        var report = Check(docset);

        Assert.DoesNotContain(report.Diagnostics, d => d.Rule == Rules.ImageTargetMissing);
        var note = Assert.Single(report.Diagnostics, d => d.Rule == Rules.ImageFallback);
        Assert.Equal((Severity.Note, "partnerdocs.yml", 2), (note.Severity, note.Location?.File, note.Location?.Line));
        Assert.StartsWith("3 image references (2 files) are in no locale folder", note.Message);
    }

    [Fact]
    public void When_the_fallback_folder_is_here_images_are_looked_up_in_it_and_the_rest_are_errors()
    {
        using var docset = TwoLocales(("es-es/billing.md", Billing));
        docset.Write("partnerdocs.yml", "sourceLocale: en-us\nimageFallback: english\n");
        docset.Write("english/images/bill.png", "png");

        var report = Check(docset);

        var missing = Assert.Single(report.Diagnostics, d => d.Rule == Rules.ImageTargetMissing);
        Assert.Equal("images/other.png", missing.Target);
        Assert.DoesNotContain(report.Diagnostics, d => d.Rule == Rules.ImageFallback);
    }
}
