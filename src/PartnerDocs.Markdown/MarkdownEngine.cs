using System.Text;
using PartnerDocs.Text;
using Markdig;
using PartnerDocs.Diagnostics;
using PartnerDocs.Markdown.Alerts;
using PartnerDocs.Markdown.Anchors;
using PartnerDocs.Markdown.Divs;
using PartnerDocs.Markdown.FactsOnly;
using PartnerDocs.Markdown.Images;
using PartnerDocs.Markdown.Includes;
using PartnerDocs.Markdown.Limits;
using PartnerDocs.Markdown.Links;
using PartnerDocs.Markdown.NoLoc;
using PartnerDocs.Markdown.RawHtml;
using PartnerDocs.Paths;

namespace PartnerDocs.Markdown;

/// <summary>Parses and renders topic Markdown with the DocFX extensions; thread-safe, one pipeline for all topics.</summary>
public sealed class MarkdownEngine
{
    private readonly int plainTextWords;
    private readonly DiagnosticBag? diagnostics;
    private readonly ReferenceResolver? references;
    private readonly bool factsOnly;

    /// <param name="references">Resolves every link, image and include as it is collected; without it they stay unresolved.</param>
    /// <param name="plainTextWords">How many words <see cref="ParsedMarkdown.PlainText"/> keeps (the search body budget).</param>
    /// <param name="rawHtml">Whether rendered pages keep only the docs allow-list of raw HTML (and parsing reports the rest).</param>
    /// <param name="diagnostics">Where each parsed file's own findings (markdown.too-deep, html.disallowed) are reported.</param>
    /// <param name="factsOnly">Parse only for the facts (links, anchors, includes, findings, level-1 headings): paragraphs that
    /// cannot hold one are not inline-parsed, only level-1 headings are kept (a check reads no other), and the engine cannot render.</param>
    public MarkdownEngine(ReferenceResolver? references = null, int plainTextWords = int.MaxValue, RawHtmlPolicy rawHtml = RawHtmlPolicy.Sanitize, DiagnosticBag? diagnostics = null, bool factsOnly = false)
    {
        this.references = references;
        this.plainTextWords = plainTextWords;
        this.diagnostics = diagnostics;
        this.factsOnly = factsOnly;
        RawHtml = rawHtml;
        // No media links (third-party embeds) and no custom containers (they would swallow :::image).
        var builder = new MarkdownPipelineBuilder()
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
            .UseDocfxDivs()
            .UseDocfxIncludes()
            .UseDocfxImages()
            .UseNoLoc()
            .UseHeadingIds()
            .UseRawHtmlUrlRewriting()
            .UseUrlPolicy();
        if (factsOnly)
        {
            builder.UseFactsOnly();
        }

        Pipeline = builder.UseGenericAttributes().Build(); // generic attributes last: they hook the parsers added before them
        renderers = new RendererPool(Pipeline);
    }

    public MarkdownPipeline Pipeline { get; }

    /// <summary>Whether this engine parses for facts only (a check): it cannot render.</summary>
    public bool FactsOnly => factsOnly;

    private readonly RendererPool renderers;

    public RawHtmlPolicy RawHtml { get; }

    /// <summary>
    /// Parses <paramref name="markdown"/> from the docset-relative <paramref name="file"/>, where it starts at the 1-based
    /// <paramref name="firstLine"/> (after front matter), so every recorded position is a real file position.
    /// </summary>
    /// Never throws: what Markdig cannot parse within <see cref="MarkdownLimits"/> is shown as plain text and reported.
    public ParsedMarkdown Parse(string markdown, string file, int firstLine = 1) => Parse(markdown, file, firstLine, null);

    /// <summary>Parses Markdown generated from another format (a YAML page): <paramref name="fileLines"/> gives each line's position in <paramref name="file"/>.</summary>
    public ParsedMarkdown Parse(string markdown, string file, IReadOnlyList<int> fileLines) => Parse(markdown, file, 1, fileLines);

    private ParsedMarkdown Parse(string markdown, string file, int firstLine, IReadOnlyList<int>? fileLines)
    {
        var tooDeep = new List<TooDeepFinding>();
        var (document, text) = BoundedParser.Parse(markdown, Pipeline, tooDeep);
        var lines = new LineMap(text, file, firstLine, fileLines, document.LineStartIndexes);
        var parsed = new MarkdownCollector(text, lines, plainTextWords, references, RawHtml, Findings(tooDeep, lines, file), allHeadings: !factsOnly).Collect(document, file);
        foreach (var finding in parsed.Diagnostics)
        {
            diagnostics?.Add(finding);
        }

        return parsed;
    }

    // A method of its own: a lambda over Parse's locals allocated its closure on every parse, findings or not.
    private static List<Diagnostic> Findings(List<TooDeepFinding> tooDeep, LineMap lines, string file)
    {
        var findings = new List<Diagnostic>(tooDeep.Count);
        foreach (var finding in tooDeep)
        {
            findings.Add(new Diagnostic(Rules.MarkdownTooDeep, Severity.Error, lines.LocateLine(finding.LineIndex), finding.Message, MarkdownFile.LocaleOf(file)));
        }

        return findings;
    }

    /// <summary>The document's HTML.</summary>
    public string Render(ParsedMarkdown doc, MarkdownRenderContext context) =>
        Render(doc, context, static output => output.ToString(), static html => html);

    /// <summary>The document's HTML as UTF-8, encoded from the renderer's buffer (no string of the page is made).</summary>
    public byte[] RenderUtf8(ParsedMarkdown doc, MarkdownRenderContext context) =>
        Render(doc, context, static output => Utf8Builder.Encode(output, output.Length), Encoding.UTF8.GetBytes);

    private T Render<T>(ParsedMarkdown doc, MarkdownRenderContext context, Func<StringBuilder, T> fromOutput, Func<string, T> fromHtml)
    {
        var document = doc.Document ?? throw new InvalidOperationException($"{doc.File} has no syntax tree: parse it again to render it");
        var renderer = renderers.Rent(context, doc.File);
        try
        {
            renderer.Render(document);
        }
        catch (ArgumentException ex)
        {
            // Markdig's render depth limit, reachable only through includes nested in includes (each file is parsed within the
            // limits). The renderer is not given back: it stopped part-way.
            return fromHtml($"<p>{System.Net.WebUtility.HtmlEncode($"This page cannot be shown: its includes nest too deeply ({ex.Message})")}</p>\n");
        }

        renderer.Writer.Flush();
        var html = renderer.WroteUnprovenRawHtml && RawHtml == RawHtmlPolicy.Sanitize
            ? fromHtml(DocsHtmlSanitizer.Sanitize(renderer.Output.ToString()))
            : fromOutput(renderer.Output);
        renderers.Return(renderer);
        return html;
    }
}
