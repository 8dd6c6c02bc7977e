using PartnerDocs.Diagnostics;
using PartnerDocs.Files;
using PartnerDocs.Toc;

namespace PartnerDocs.Tests.Toc;

public sealed class TocReaderTests : IDisposable
{
    private readonly TempDocset docset = new();
    private readonly DiagnosticBag diagnostics = new();

    public void Dispose() => docset.Dispose();

    [Fact]
    public void Reads_TOC_md_with_a_bom()
    {
        docset.Write("es-es/TOC.md", "\uFEFF# [Inicio](index.md)\r\n");

        var tree = TocReader.Read(FileInventory.Scan(docset.Root, new DiagnosticBag()), "es-es", diagnostics);

        Assert.Equal(0, diagnostics.Count);
        Assert.Equal("es-es/TOC.md", tree!.File);
        Assert.Equal("Inicio", Assert.Single(tree.Roots).Title);
    }

    [Fact]
    public void Reads_lowercase_toc_md()
    {
        docset.Write("fr-fr/toc.md", "# [Accueil](index.md)\n");

        Assert.Equal("Accueil", Assert.Single(TocReader.Read(FileInventory.Scan(docset.Root, new DiagnosticBag()), "fr-fr", diagnostics)!.Roots).Title);
    }

    [Fact]
    public void Reads_toc_yml()
    {
        docset.Write("en-us/toc.yml", "- name: Home\n  href: index.md\n");

        var tree = TocReader.Read(FileInventory.Scan(docset.Root, new DiagnosticBag()), "en-us", diagnostics);

        Assert.Equal(0, diagnostics.Count);
        Assert.Equal(("en-us/toc.yml", "index.md"), (tree!.File, Assert.Single(tree.Roots).Href));
    }

    [Fact]
    public void Prefers_TOC_md_and_notes_that_toc_yml_is_ignored()
    {
        docset.Write("en-us/TOC.md", "# [From md](index.md)\n");
        docset.Write("en-us/toc.yml", "- name: From yml\n  href: index.md\n");

        var tree = TocReader.Read(FileInventory.Scan(docset.Root, new DiagnosticBag()), "en-us", diagnostics);

        Assert.Equal("From md", Assert.Single(tree!.Roots).Title);
        var note = TocAssert.Single(diagnostics);
        TocAssert.At(note, Rules.TocSyntax, Severity.Note, "en-us/toc.yml", 1, 1);
        Assert.Contains("en-us/toc.yml is ignored because en-us/TOC.md takes precedence", note.Message);
    }

    [Fact]
    public void Finds_TOC_yml_in_upper_case()
    {
        docset.Write("es-es/TOC.yml", "- name: Inicio\n  href: index.yml\n");

        var tree = TocReader.Read(FileInventory.Scan(docset.Root, new DiagnosticBag()), "es-es", diagnostics);

        Assert.Equal(0, diagnostics.Count);
        Assert.Equal(("es-es/TOC.yml", "index.yml"), (tree!.File, Assert.Single(tree.Roots).Href));
    }

    [Fact]
    public void Markdown_wins_then_upper_case_and_every_loser_gets_a_note()
    {
        docset.Write("en-us/toc.md", "# [Lower md](index.md)\n");
        docset.Write("en-us/TOC.yml", "- name: Upper yml\n  href: index.md\n");
        docset.Write("en-us/toc.yml", "- name: Lower yml\n  href: index.md\n");

        var tree = TocReader.Read(FileInventory.Scan(docset.Root, new DiagnosticBag()), "en-us", diagnostics);

        Assert.Equal("Lower md", Assert.Single(tree!.Roots).Title);
        Assert.Equal(["en-us/TOC.yml", "en-us/toc.yml"], diagnostics.ToSortedList().Select(d => d.Location?.File));
        Assert.All(diagnostics.ToSortedList(), d => Assert.Equal(Severity.Note, d.Severity));
    }

    [Fact]
    public void Locale_without_a_toc_gives_null()
    {
        docset.Write("de-de/index.md", "# Hallo\n");

        Assert.Null(TocReader.Read(FileInventory.Scan(docset.Root, new DiagnosticBag()), "de-de", diagnostics));
        Assert.Null(TocReader.Read(FileInventory.Scan(docset.Root, new DiagnosticBag()), "it-it", diagnostics));
        Assert.Equal(0, diagnostics.Count);
    }

    [Fact]
    public void HasToc_looks_for_any_toc_file()
    {
        docset.Write("a/TOC.md", "").Write("b/toc.yml", "").Write("c/index.md", "");

        Assert.True(TocReader.HasToc(FileInventory.Scan(docset.Root, new DiagnosticBag()), "a"));
        Assert.True(TocReader.HasToc(FileInventory.Scan(docset.Root, new DiagnosticBag()), "b"));
        Assert.False(TocReader.HasToc(FileInventory.Scan(docset.Root, new DiagnosticBag()), "c"));
        Assert.False(TocReader.HasToc(FileInventory.Scan(docset.Root, new DiagnosticBag()), "missing"));
    }
}
