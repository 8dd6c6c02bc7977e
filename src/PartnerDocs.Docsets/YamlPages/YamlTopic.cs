using PartnerDocs.Docsets;
using PartnerDocs.Topics;

namespace PartnerDocs.YamlPages;

/// <summary>Turns a YAML page file into a <see cref="Topic"/> whose Markdown is the page's equivalent, so every later stage treats it as a topic.</summary>
internal static class YamlTopic
{
    public static Topic? Load(string locale, string path, string text, TopicParser parser)
    {
        var file = locale + "/" + path;
        if (YamlPageReader.Read(text, file, parser.Diagnostics, locale) is not { } page)
        {
            return null;
        }

        var (markdown, html) = parser.Parse(locale, file, page.Markdown, page.Lines);
        return new Topic
        {
            Locale = locale,
            Path = path,
            FrontMatter = page.FrontMatter,
            Markdown = markdown,
            BodyHtml = html,
            BodyHash = ContentHash.Of(page.Markdown),
        };
    }
}
