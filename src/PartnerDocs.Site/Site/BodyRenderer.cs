using PartnerDocs.Docsets;
using PartnerDocs.Markdown;
using PartnerDocs.Markdown.Includes;
using PartnerDocs.Rendering;
using PartnerDocs.Topics;

namespace PartnerDocs.Site;

/// <summary>
/// The body-rendering stage of the site build: parses each topic's Markdown from the model again (loading kept only its
/// facts) and renders it with alerts labelled in the topic's own language, includes expanded from the model's include
/// files, and .md links rewritten to .html; a body already rendered while loading (<see cref="PrerenderedBodies"/>) is reused.
/// </summary>
public sealed class BodyRenderer
{
    private readonly MarkdownEngine engine;
    private readonly PrerenderedBodies? prerendered;
    private readonly Dictionary<string, MarkdownRenderContext> contexts = new(StringComparer.Ordinal);

    public BodyRenderer(Docset docset, Func<string, UiStrings> stringsOfLocale, PrerenderedBodies? prerendered = null)
    {
        this.prerendered = prerendered;
        engine = new MarkdownEngine(docset.References, rawHtml: docset.Config.RawHtml);
        var includes = new IncludeExpander(engine, path => docset.Includes.TryGetValue(path, out var file) ? new IncludeSource(file.Body, file.FirstLine) : null);
        foreach (var locale in docset.Locales)
        {
            contexts[locale.Name] = Context(stringsOfLocale(locale.Name), includes);
        }
    }

    /// <summary>How a body renders in a locale: alerts labelled in its language, .md links to .html, includes expanded (when given).</summary>
    public static MarkdownRenderContext Context(UiStrings strings, IncludeExpander? includes) =>
        new() { AlertLabel = kind => strings["alert." + kind], RewriteUrl = SiteUrls.Rewrite, Includes = includes };

    /// <summary>The topic's body as HTML; a fallback page passes the source topic, so its alerts keep the source's language, like its lang attribute.</summary>
    public TrustedHtml Render(Topic topic) =>
        prerendered?.Find(topic) is { } utf8
            ? TrustedHtml.FromUtf8(utf8)
            : new TrustedHtml(engine.Render(Parse(topic, BodyOf(topic)), contexts[topic.Locale]));

    private ParsedMarkdown Parse(Topic topic, string body) =>
        topic.BodyLines is { } lines ? engine.Parse(body, topic.File, lines) : engine.Parse(body, topic.File, topic.BodyFirstLine);

    private static string BodyOf(Topic topic) =>
        topic.Body ?? throw new InvalidOperationException($"{topic.File} was loaded without its body: load the docset with bodies to render it");
}
