using System.Collections.Concurrent;
using PartnerDocs.Docsets;
using PartnerDocs.Markdown;
using PartnerDocs.Rendering;
using PartnerDocs.Topics;

namespace PartnerDocs.Site;

/// <summary>
/// Topic bodies rendered while the docset loads, from the parse the loader makes anyway, so a build parses each topic once
/// and no syntax tree outlives its topic's loading. Kept as UTF-8 (half the size of a string) until the build ends. Topics
/// with includes are left to <see cref="BodyRenderer"/>: the include files are loaded after the topics.
/// </summary>
public sealed class PrerenderedBodies(TemplateSet templates)
{
    private readonly ConcurrentDictionary<Topic, byte[]> bodies = new(ReferenceEqualityComparer.Instance);
    private readonly ConcurrentDictionary<string, MarkdownRenderContext> contexts = new(StringComparer.Ordinal);

    /// <summary>A <see cref="TopicParsed"/> callback for <see cref="DocsetLoader.Load"/>.</summary>
    public bool Render(Topic topic, ParsedMarkdown parse, MarkdownEngine engine)
    {
        if (parse.Includes.Count > 0)
        {
            return false;
        }

        var context = contexts.GetOrAdd(topic.Locale, locale => BodyRenderer.Context(templates.Strings(LocaleNames.Language(locale)), includes: null));
        bodies[topic] = engine.RenderUtf8(parse, context);
        return true;
    }

    /// <summary>The topic's body HTML, as UTF-8, if it was rendered while loading.</summary>
    public byte[]? Find(Topic topic) => bodies.GetValueOrDefault(topic);

    /// <summary>Lets every body go; <see cref="Find"/> finds none after.</summary>
    public void Clear() => bodies.Clear();
}
