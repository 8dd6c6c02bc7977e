using PartnerDocs.Diagnostics;
using PartnerDocs.Docsets;
using PartnerDocs.Markdown;
using PartnerDocs.Topics;

namespace PartnerDocs.YamlPages;

/// <summary>Turns a YAML page file into a <see cref="Topic"/> whose body is the page's Markdown equivalent, so every later stage treats it as a topic.</summary>
internal static class YamlTopic
{
    public static Topic? Load(MarkdownEngine engine, string locale, string path, string text, DiagnosticBag diagnostics, bool body, bool hashBody)
    {
        var file = locale + "/" + path;
        if (YamlPageReader.Read(text.TrimStart('\uFEFF'), file, diagnostics, locale) is not { } page)
        {
            return null;
        }

        return new Topic
        {
            Locale = locale,
            Path = path,
            FrontMatter = page.FrontMatter,
            Markdown = MarkdownParsing.Facts(engine, page.Markdown, file, page.Lines),
            Body = body ? page.Markdown : null,
            BodyLength = page.Markdown.Length,
            BodyFirstLine = 1,
            BodyLines = page.Lines,
            BodyHash = hashBody ? ContentHash.Of(page.Markdown) : null,
        };
    }
}
