using PartnerDocs.Diagnostics;
using PartnerDocs.Docsets;

namespace PartnerDocs.Tests.Docsets;

/// <summary>The loader never reads outside the docset, never blocks on special files, and bounds what it reads.</summary>
public class FileInventoryTests
{
    private static readonly string Secret = Path.Combine(Path.GetTempPath(), "partnerdocs-secret-" + Guid.NewGuid().ToString("N") + ".md");

    private static TempDocset Docset() => TempDocset.Create(("en-us/TOC.md", "# [Home](index.md)\n"), ("en-us/index.md", "# Home\n\n[!INCLUDE[pw](includes/pw.md)]\n"));

    [Fact]
    public void Symlinks_out_of_the_docset_are_not_read_and_are_reported()
    {
        File.WriteAllText(Secret, "TOP-SECRET-LINE\n");
        using var docset = Docset();
        Directory.CreateDirectory(docset.PathOf("en-us/includes"));
        File.CreateSymbolicLink(docset.PathOf("en-us/passwd.md"), Secret);
        File.CreateSymbolicLink(docset.PathOf("en-us/includes/pw.md"), Secret);

        var loaded = DocsetLoader.Load(docset.Root);

        Assert.False(loaded.Locale("en-us")!.Topics.ContainsKey("passwd.md"));
        Assert.Empty(loaded.Includes);
        var outside = loaded.Diagnostics.ToSortedList().Where(d => d.Rule == Rules.FileOutsideDocset).ToList();
        Assert.Equal(["en-us/includes/pw.md", "en-us/passwd.md"], outside.Select(d => d.Location?.File));
        Assert.All(outside, d => Assert.Equal(Severity.Error, d.Severity));
    }

    [Fact]
    public void Dangling_links_folder_loops_and_fifos_are_skipped_with_a_warning()
    {
        using var docset = Docset();
        Directory.CreateDirectory(docset.PathOf("en-us/media"));
        File.CreateSymbolicLink(docset.PathOf("en-us/media/broken.svg"), "/nonexistent/x.svg");
        Directory.CreateSymbolicLink(docset.PathOf("en-us/loop"), "..");
        var fifo = docset.PathOf("en-us/media/pipe.md");
        System.Diagnostics.Process.Start("mkfifo", fifo)!.WaitForExit();

        var loaded = DocsetLoader.Load(docset.Root);

        var skipped = loaded.Diagnostics.ToSortedList().Where(d => d.Rule == Rules.FileSkipped).Select(d => d.Location?.File).ToList();
        Assert.Equal(["en-us/loop", "en-us/media/broken.svg", "en-us/media/pipe.md"], skipped);
        Assert.Equal(["index.md"], loaded.Locale("en-us")!.Topics.Keys);
    }

    [Fact]
    public void Binary_invalid_utf8_lone_cr_and_oversized_files_are_bounded()
    {
        using var docset = Docset();
        Directory.CreateDirectory(docset.PathOf("en-us/includes"));
        File.WriteAllBytes(docset.PathOf("en-us/includes/pw.md"), [0x41, 0x00, 0x42]);
        File.WriteAllBytes(docset.PathOf("en-us/latin1.md"), [.. "# Caf"u8.ToArray(), 0xE9, 0x0A]);
        File.WriteAllText(docset.PathOf("en-us/mac.md"), "---\rtitle: Old Mac\r---\r# Body\r");
        File.WriteAllText(docset.PathOf("en-us/huge.md"), new string('x', Files.TextFiles.MaxBytes + 1));

        var loaded = DocsetLoader.Load(docset.Root);
        var findings = loaded.Diagnostics.ToSortedList();

        Assert.Contains(findings, d => d.Rule == Rules.FileEncoding && d.Location?.File == "en-us/includes/pw.md" && d.Severity == Severity.Error);
        Assert.Contains(findings, d => d.Rule == Rules.FileEncoding && d.Location?.File == "en-us/latin1.md" && d.Severity == Severity.Warning);
        Assert.Contains(findings, d => d.Rule == Rules.FileTooLarge && d.Location?.File == "en-us/huge.md");
        var mac = loaded.Locale("en-us")!.Topics["mac.md"];
        Assert.Equal("Old Mac", mac.Title);
        Assert.DoesNotContain("title:", mac.Body);
    }

    [Fact]
    public void A_topic_body_is_its_text_after_the_front_matter_with_bom_dropped_and_line_ends_made_newlines()
    {
        using var docset = Docset();
        File.WriteAllText(docset.PathOf("en-us/mixed.md"), "\uFEFF---\r\ntitle: Mixed ends\r\n---\r\n# Café\r\rSee [x](index.md).\r\n\r\nLast 😀\n");
        File.WriteAllText(docset.PathOf("en-us/plain.md"), "# No front matter\n\nText é.");

        var topics = DocsetLoader.Load(docset.Root).Locale("en-us")!.Topics;

        var mixed = topics["mixed.md"];
        Assert.Equal("Mixed ends", mixed.Title);
        Assert.Equal("# Café\n\nSee [x](index.md).\n\nLast 😀\n", mixed.Body);
        Assert.Equal(4, mixed.BodyFirstLine);
        Assert.Equal(6, mixed.Markdown.Links.Single().Location.Line);
        Assert.Equal("# No front matter\n\nText é.", topics["plain.md"].Body);
    }

    [Fact]
    public void A_folder_lists_its_files_from_the_scan_and_from_a_copy_updated_since()
    {
        using var docset = Docset();
        Directory.CreateDirectory(docset.PathOf("en-us/media"));
        File.WriteAllText(docset.PathOf("en-us/media/a.png"), "png");
        File.WriteAllText(docset.PathOf("en-us/Zeta.md"), "# Zeta\n");
        var scanned = Files.FileInventory.Scan(docset.Root, new DiagnosticBag());
        File.WriteAllText(docset.PathOf("en-us/new.md"), "# New\n");

        var updated = scanned.WithCreated("en-us/new.md")!.WithDeleted("en-us/Zeta.md");

        Assert.Equal(["TOC.md", "Zeta.md", "index.md"], scanned.FilesIn("en-us"));
        Assert.Equal(["TOC.md", "Zeta.md", "index.md", "media/a.png"], scanned.Under("en-us").Order(StringComparer.Ordinal));
        Assert.Equal(["TOC.md", "index.md", "new.md"], updated.FilesIn("en-us"));
        Assert.Equal(["TOC.md", "index.md", "media/a.png", "new.md"], updated.Under("en-us").Order(StringComparer.Ordinal));
        Assert.Empty(scanned.FilesIn("en-us/missing"));
    }
}
