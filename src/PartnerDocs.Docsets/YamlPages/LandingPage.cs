using YamlDotNet.RepresentationModel;

namespace PartnerDocs.YamlPages;

/// <summary>
/// <c>### YamlMime:Landing</c>: title as the H1, summary, then each <c>landingContent</c> (or <c>conceptualContent</c>) card as
/// an H2 with its link lists as bullet lists.
/// </summary>
internal static class LandingPage
{
    private static readonly HashSet<string> PageKeys = ["metadata", "title", "summary", "landingContent", "conceptualContent"];
    private static readonly HashSet<string> CardKeys = ["title", "linkLists", "links", "summary"];

    /// <returns>The page's heading text, or null when it has none.</returns>
    public static string? Write(YamlMappingNode page, YamlPageWriter writer)
    {
        writer.NoteUnknownKeys(page, PageKeys, "at the top of a Landing page");
        var title = PageHeading.Write(page, writer);
        foreach (var section in new[] { "landingContent", "conceptualContent" })
        {
            foreach (var card in writer.Mappings(page, section))
            {
                WriteCard(card, writer);
            }
        }

        return title;
    }

    private static void WriteCard(YamlMappingNode card, YamlPageWriter writer)
    {
        writer.NoteUnknownKeys(card, CardKeys, "in a Landing card");
        var markdown = writer.Markdown;
        if (writer.Scalar(card, "title") is { Value: { Length: > 0 } title } node)
        {
            markdown.Line("## " + MarkdownBuilder.Escape(title), YamlPageWriter.LineOf(node));
            markdown.Blank();
        }
        else
        {
            writer.Missing(card, "this card has no 'title'");
        }

        if (writer.Scalar(card, "summary") is { } summary)
        {
            markdown.Block(summary);
        }

        // Alternating bullets keep consecutive link lists apart (CommonMark starts a new list when the bullet changes).
        var bullet = '-';
        WriteLinks(card, writer, ref bullet);
        foreach (var list in writer.Mappings(card, "linkLists"))
        {
            WriteLinks(list, writer, ref bullet);
        }
    }

    private static void WriteLinks(YamlMappingNode list, YamlPageWriter writer, ref char bullet)
    {
        var any = false;
        foreach (var link in writer.Mappings(list, "links"))
        {
            var text = writer.Scalar(link, "text");
            var url = writer.Scalar(link, "url");
            if (url?.Value is not { Length: > 0 } href)
            {
                writer.Missing(link, "this link has no 'url'");
                continue;
            }

            var label = text?.Value is { Length: > 0 } written ? MarkdownBuilder.Escape(written) : MarkdownBuilder.Escape(href);
            writer.Markdown.Line($"{bullet} [{label}]({MarkdownBuilder.Destination(href)})", YamlPageWriter.LineOf(url));
            any = true;
        }

        if (any)
        {
            writer.Markdown.Blank();
            bullet = bullet == '-' ? '*' : '-';
        }
    }
}
