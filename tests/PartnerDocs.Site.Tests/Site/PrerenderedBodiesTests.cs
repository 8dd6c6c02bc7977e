using PartnerDocs.Docsets;
using PartnerDocs.Rendering;
using PartnerDocs.Site;

namespace PartnerDocs.Tests.Site;

/// <summary>A build renders bodies from the loader's parse; its pages must be exactly those of rendering each body again.</summary>
public class PrerenderedBodiesTests
{
    [Fact]
    public void Pages_rendered_from_the_loading_parse_equal_pages_rendered_from_a_second_parse()
    {
        using var corpus = TempDocset.RealCorpus();
        corpus.Write("es-es/includes/nota.md", "> [!NOTE]\n> Incluido <a name=\"inc\"></a>.\n");
        corpus.Write("es-es/billing.md", corpus.Read("es-es/billing.md") + "\n[!INCLUDE [nota](includes/nota.md)]\n\n> [!TIP]\n> Consejo <span onclick=\"x()\">s</span>.\n");
        var templates = TemplateSet.Load(Path.Combine(TestPaths.RepoRoot, "templates"));
        var once = corpus.OutputPath;
        var twice = corpus.OutputPath + "-twice";

        new BuildSession(templates).Build(corpus.Root, once, lunr: null);
        new SiteBuilder(templates).Build(DocsetLoader.Load(corpus.Root), twice);

        try
        {
            var pages = Directory.GetFiles(once, "*.html", SearchOption.AllDirectories).Select(p => Path.GetRelativePath(once, p)).Order().ToList();
            Assert.True(pages.Count > 70, $"{pages.Count} pages");
            Assert.Equal(pages, Directory.GetFiles(twice, "*.html", SearchOption.AllDirectories).Select(p => Path.GetRelativePath(twice, p)).Order());
            Assert.All(pages, page => Assert.Equal(File.ReadAllText(Path.Combine(twice, page)), File.ReadAllText(Path.Combine(once, page))));
        }
        finally
        {
            Directory.Delete(twice, recursive: true);
        }
    }
}
