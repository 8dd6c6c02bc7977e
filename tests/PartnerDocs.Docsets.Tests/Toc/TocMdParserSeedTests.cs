using PartnerDocs.Diagnostics;
using PartnerDocs.Toc;

namespace PartnerDocs.Tests.Toc;

public class TocMdParserSeedTests
{
    public static TheoryData<string> Seeds => new() { "es-es", "fr-fr" };

    private static string SeedText(string locale) => File.ReadAllText(Path.Combine(TestPaths.Shared, "seeds", $"{locale}.TOC.md"));

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Seed_parses_to_36_entries_on_3_levels_without_diagnostics(string locale)
    {
        var diagnostics = new DiagnosticBag();

        var tree = TocMdParser.Parse(SeedText(locale), $"{locale}/TOC.md", diagnostics);

        Assert.Equal(0, diagnostics.Count);
        var all = tree.All().ToList();
        Assert.Equal(36, all.Count);
        Assert.Equal([1, 2, 3], all.Select(n => n.Level).Distinct().Order());
        Assert.Single(tree.Roots);
        Assert.Equal(Enumerable.Range(1, 36), all.Select(n => n.Location.Line));
        Assert.All(all, n => Assert.Equal(new SourceLocation($"{locale}/TOC.md", n.Location.Line, 1), n.Location));
        Assert.All(all, n => Assert.NotNull(n.Href));
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Seed_lists_see_offers_and_pricing_twice(string locale)
    {
        var tree = TocMdParser.Parse(SeedText(locale), $"{locale}/TOC.md", new DiagnosticBag());

        var offers = tree.All().Where(n => n.Href == "see-offers-and-pricing.md").ToList();

        Assert.Equal([(4, 2), (10, 3)], offers.Select(n => (n.Location.Line, n.Level)));
    }

    [Fact]
    public void Spanish_seed_has_its_titles_and_structure()
    {
        var tree = TocMdParser.Parse(SeedText("es-es"), "es-es/TOC.md", new DiagnosticBag());

        var root = Assert.Single(tree.Roots);
        Assert.Equal("Centro de partners operado por 21Vianet", root.Title);
        Assert.Equal("index.md", root.Href);
        Assert.Equal(10, root.Children.Count);
        var billing = root.Children.Single(n => n.Href == "billing.md");
        Assert.Equal("Facturación", billing.Title);
        Assert.Equal(12, billing.Location.Line);
        Assert.Equal(["Leer tu factura", "Usar los archivos de conciliación", "Escenarios comunes de facturación", "Impago, fraude o uso incorrecto"],
            billing.Children.Select(n => n.Title));
        var last = tree.All().Last();
        Assert.Equal(("Notificar problemas en nombre de un cliente", "report-problems-on-behalf-of-a-customer.md", 36, 3),
            (last.Title, last.Href, last.Location.Line, last.Level));
    }

    [Fact]
    public void French_seed_keeps_typographic_apostrophes()
    {
        var tree = TocMdParser.Parse(SeedText("fr-fr"), "fr-fr/TOC.md", new DiagnosticBag());

        var enrolling = tree.All().Single(n => n.Href == "enrolling-in-the-csp-program.md");

        Assert.Equal("S’inscrire au programme CSP Chine de 21Vianet", enrolling.Title);
        Assert.Equal(3, enrolling.Location.Line);
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Bom_crlf_and_trailing_whitespace_give_the_same_tree(string locale)
    {
        var text = SeedText(locale);
        var lines = text.Split('\n');
        var messy = "\uFEFF" + string.Join("\r\n", lines.Select((line, i) => line + (i % 2 == 0 ? " \t" : "\t  ")));
        var diagnostics = new DiagnosticBag();

        var clean = TocMdParser.Parse(text, $"{locale}/TOC.md", new DiagnosticBag());
        var tolerant = TocMdParser.Parse(messy, $"{locale}/TOC.md", diagnostics);

        Assert.Equal(0, diagnostics.Count);
        Assert.Equal(TocAssert.Outline(clean), TocAssert.Outline(tolerant));
    }
}
