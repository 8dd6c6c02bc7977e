using PartnerDocs.Preview;
using PartnerDocs.Rendering;
using PartnerDocs.Site;

namespace PartnerDocs.Tests.Preview;

public class LiveSiteTests
{
    private static readonly TemplateSet Templates = TemplateSet.Load(TemplateLocator.Default());

    [Theory]
    [InlineData("body edit", "en-us/b.md", "# B\n\nA new paragraph with a [link](c.md#later).\n\n## Moved heading\n")]
    [InlineData("title edit", "en-us/a.md", "---\ntitle: A retitled\n---\n# A\n\nSee [B](b.md).\n\n## First\n")]
    [InlineData("translation edit", "es-es/b.md", "# B en español\n\nOtra versión.\n\n## Otra sección\n")]
    [InlineData("TOC edit", "en-us/TOC.md", "# [Home](index.md)\n## [Section renamed](b.md)\n### [C first](c.md)\n### [A second](a.md)\n### [New](new.md)\n")]
    [InlineData("TOC entry retitled", "en-us/TOC.md", "# [Home](index.md)\n## [Section](b.md)\n### [A renamed](a.md)\n### [C](c.md)\n### [New](new.md)\n")]
    [InlineData("home title in the TOC", "es-es/TOC.md", "# [Portada](index.md)\n## [Sección](b.md)\n")]
    [InlineData("added topic", "en-us/new.md", "# New\n\nA page the TOC already lists.\n")]
    [InlineData("added translation", "es-es/a.md", "# A en español\n\n## Primero\n")]
    [InlineData("added in a new folder", "en-us/guides/start.md", "# Start\n")]
    [InlineData("deleted topic", "en-us/c.md", null)]
    [InlineData("deleted translation", "es-es/b.md", null)]
    public void An_incremental_update_serves_the_same_files_as_a_full_build_of_the_edited_docset(string change, string edited, string? text)
    {
        using var docset = TempDocset.Create(
            ("partnerdocs.yml", "title: Docs\nsourceLocale: en-us\nbaseUrl: https://docs.example.com/\nfallback: fallback\nstatus: true\n"),
            ("en-us/TOC.md", "# [Home](index.md)\n## [Section](b.md)\n### [A](a.md)\n### [C](c.md)\n### [New](new.md)\n"),
            ("en-us/index.md", "# Home\n\nWelcome.\n"),
            ("en-us/a.md", "# A\n\nSee [B](b.md).\n\n## First\n"),
            ("en-us/b.md", "# B\n\nBody of B.\n\n## Later\n"),
            ("en-us/c.md", "# C\n\n<a name=\"later\"></a>Text.\n"),
            ("es-es/TOC.md", "# [Inicio](index.md)\n## [Sección](b.md)\n### [A](a.md)\n"),
            ("es-es/index.md", "# Inicio\n\nBienvenida.\n"),
            ("es-es/b.md", "# B\n\nCuerpo de B.\n\n## Después\n"));
        using var folders = new TempFolders();
        var first = new BuildSession(Templates).Build(docset.Root, folders.Incremental, lunr: null, keepBodies: true);
        var live = new LiveSite(Templates, first.Docset, hasSearch: false);

        if (text is null)
        {
            File.Delete(docset.PathOf(edited));
        }
        else
        {
            docset.Write(edited, text);
        }

        var update = live.Apply(edited);
        live.RenderSitePages();
        new BuildSession(Templates).Build(docset.Root, folders.Full, lunr: null);

        Assert.NotNull(update);
        var full = SiteFiles(folders.Full);
        foreach (var file in full)
        {
            var served = live.Find(file) is { } overlaid ? overlaid.Body : File.ReadAllBytes(Path.Combine(folders.Incremental, file));
            Assert.True(served is not null && File.ReadAllBytes(Path.Combine(folders.Full, file)).AsSpan().SequenceEqual(served), $"{file} differs from a full build after the {change}");
        }

        foreach (var gone in SiteFiles(folders.Incremental).Except(full))
        {
            Assert.True(live.Find(gone) is { Body: null }, $"{gone} is still served after the {change}");
        }
    }

    [Theory]
    [InlineData("partnerdocs.yml", "title: Other\n")]
    [InlineData("en-us/media/new.png", "not really a picture")]
    [InlineData("en-us/includes/note.md", "Included.\n")]
    public void Changes_that_are_not_topics_or_TOC_edits_ask_for_a_full_rebuild(string edited, string text)
    {
        using var docset = TempDocset.Create(("en-us/TOC.md", "# [Home](index.md)\n"), ("en-us/index.md", "# Home\n"));
        using var folders = new TempFolders();
        var live = new LiveSite(Templates, new BuildSession(Templates).Build(docset.Root, folders.Incremental, lunr: null, keepBodies: true).Docset, hasSearch: false);

        docset.Write(edited, text);

        Assert.Null(live.Apply(edited));
    }

    [Fact]
    public void A_topic_that_starts_including_a_file_not_loaded_yet_asks_for_a_full_rebuild()
    {
        using var docset = TempDocset.Create(("en-us/TOC.md", "# [Home](index.md)\n"), ("en-us/index.md", "# Home\n"), ("en-us/includes/note.md", "Included.\n"));
        using var folders = new TempFolders();
        var live = new LiveSite(Templates, new BuildSession(Templates).Build(docset.Root, folders.Incremental, lunr: null, keepBodies: true).Docset, hasSearch: false);

        docset.Write("en-us/index.md", "# Home\n\n[!INCLUDE [note](includes/note.md)]\n");

        Assert.Null(live.Apply("en-us/index.md"));
    }

    private static HashSet<string> SiteFiles(string root) =>
        Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(root, f).Replace('\\', '/'))
            .Where(f => !f.StartsWith('.'))
            .ToHashSet(StringComparer.Ordinal);

    private sealed class TempFolders : IDisposable
    {
        private readonly string root = Path.Combine(Path.GetTempPath(), "partnerdocs-live-" + Guid.NewGuid().ToString("N")[..12]);

        public string Incremental => Path.Combine(root, "incremental");

        public string Full => Path.Combine(root, "full");

        public void Dispose()
        {
            if (Directory.Exists(root))
            {
                Directory.Delete(root, recursive: true);
            }
        }
    }
}
