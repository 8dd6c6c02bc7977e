using Markdig;
using PartnerDocs.Markdown.Alerts;
using PartnerDocs.Markdown.Anchors;
using PartnerDocs.Markdown.Images;
using PartnerDocs.Markdown.Includes;
using PartnerDocs.Markdown.NoLoc;
using PartnerDocs.Markdown.RawHtml;
using PartnerDocs.Paths;

namespace PartnerDocs.Markdown;

/// <summary>Parses and renders topic Markdown with the DocFX extensions; thread-safe, one pipeline for all topics.</summary>
public sealed class MarkdownEngine
{
    private readonly int plainTextWords;
    private readonly ReferenceResolver? references;

    /// <param name="references">Resolves every link, image and include as it is collected; without it they stay unresolved.</param>
    /// <param name="plainTextWords">How many words <see cref="ParsedMarkdown.PlainText"/> keeps (the search body budget).</param>
    public MarkdownEngine(ReferenceResolver? references = null, int plainTextWords = int.MaxValue)
    {
        this.references = references;
        this.plainTextWords = plainTextWords;
        // No media links (third-party embeds) and no custom containers (they would swallow :::image).
        Pipeline = new MarkdownPipelineBuilder()
            .UsePreciseSourceLocation()
            .UsePipeTables()
            .UseGridTables()
            .UseEmphasisExtras()
            .UseListExtras()
            .UseTaskLists()
            .UseFootnotes()
            .UseDefinitionLists()
            .UseAutoLinks()
            .UseDocfxAlerts()
            .UseDocfxIncludes()
            .UseDocfxImages()
            .UseNoLoc()
            .UseHeadingIds()
            .UseRawHtmlUrlRewriting()
            .UseGenericAttributes() // must stay last: it hooks the parsers added before it
            .Build();
    }

    public MarkdownPipeline Pipeline { get; }

    /// <summary>
    /// Parses <paramref name="markdown"/> from the docset-relative <paramref name="file"/>, where it starts at the 1-based
    /// <paramref name="firstLine"/> (after front matter), so every recorded position is a real file position.
    /// </summary>
    public ParsedMarkdown Parse(string markdown, string file, int firstLine = 1)
    {
        var document = Markdig.Markdown.Parse(markdown, Pipeline);
        return new MarkdownCollector(markdown, new LineMap(markdown, file, firstLine), plainTextWords, references).Collect(document, file);
    }

    public string Render(ParsedMarkdown doc, MarkdownRenderContext context)
    {
        var document = doc.Document ?? throw new InvalidOperationException($"{doc.File} has no syntax tree: parse it again to render it");
        using var writer = new StringWriter();
        var renderer = new DocsHtmlRenderer(writer, context, doc.File);
        Pipeline.Setup(renderer);
        renderer.Render(document);
        writer.Flush();
        return writer.ToString();
    }
}
