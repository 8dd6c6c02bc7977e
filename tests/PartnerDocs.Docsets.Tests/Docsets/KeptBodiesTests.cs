using PartnerDocs.Docsets;
using PartnerDocs.Markdown;
using PartnerDocs.Topics;

namespace PartnerDocs.Tests.Docsets;

/// <summary>A build keeps in the model only the bodies it will read again: those it did not render while loading.</summary>
public class KeptBodiesTests
{
    private static TempDocset TwoLocales(string config = "") => new TempDocset()
        .Write("partnerdocs.yml", "sourceLocale: en-us\n" + config)
        .Write("en-us/TOC.md", "# [Plain](plain.md)\n# [Kept](kept.md)\n")
        .Write("en-us/plain.md", "# Plain\n\nText.\n")
        .Write("en-us/kept.md", "# Kept\n\nText.\n")
        .Write("fr-fr/TOC.md", "# [Simple](plain.md)\n")
        .Write("fr-fr/plain.md", "# Simple\n\nTexte.\n");

    // Renders every topic but kept.md, as a build leaves topics with includes to render after loading.
    private static bool RenderAllButKept(Topic topic, ParsedMarkdown parse, MarkdownEngine engine) => topic.Path != "kept.md";

    [Fact]
    public void Unrendered_drops_the_bodies_the_callback_rendered_and_keeps_the_others_with_their_facts()
    {
        using var docset = TwoLocales();

        var loaded = DocsetLoader.Load(docset.Root, RenderAllButKept, bodies: KeptBodies.Unrendered);

        Assert.Null(loaded.Locale("en-us")!.Topics["plain.md"].Body);
        Assert.Null(loaded.Locale("fr-fr")!.Topics["plain.md"].Body);
        var kept = loaded.Locale("en-us")!.Topics["kept.md"];
        Assert.Equal("# Kept\n\nText.\n", kept.Body);
        Assert.Equal("Kept", kept.Title);
        Assert.Equal("# Plain\n\nText.\n".Length, loaded.Locale("en-us")!.Topics["plain.md"].BodyLength);
    }

    [Fact]
    public void Unrendered_keeps_every_source_body_when_the_status_page_counts_their_words()
    {
        using var docset = TwoLocales("status: true\n");

        var loaded = DocsetLoader.Load(docset.Root, RenderAllButKept, bodies: KeptBodies.Unrendered);

        Assert.Equal("# Plain\n\nText.\n", loaded.Locale("en-us")!.Topics["plain.md"].Body);
        Assert.Null(loaded.Locale("fr-fr")!.Topics["plain.md"].Body);
    }

    [Fact]
    public void All_keeps_the_bodies_the_callback_rendered()
    {
        using var docset = TwoLocales();

        var loaded = DocsetLoader.Load(docset.Root, RenderAllButKept, bodies: KeptBodies.All);

        Assert.Equal("# Simple\n\nTexte.\n", loaded.Locale("fr-fr")!.Topics["plain.md"].Body);
    }
}
