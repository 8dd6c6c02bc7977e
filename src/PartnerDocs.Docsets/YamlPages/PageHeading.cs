using YamlDotNet.RepresentationModel;

namespace PartnerDocs.YamlPages;

/// <summary>The part every YAML page starts with: <c>title</c> as the H1 and <c>summary</c> as Markdown below it.</summary>
internal static class PageHeading
{
    /// <returns>The title, or null when the page has none (reported).</returns>
    public static string? Write(YamlMappingNode page, YamlPageWriter writer)
    {
        var title = writer.Scalar(page, "title");
        if (title?.Value is { Length: > 0 } text)
        {
            writer.Markdown.Line("# " + MarkdownBuilder.Escape(text), YamlPageWriter.LineOf(title));
            writer.Markdown.Blank();
        }
        else
        {
            writer.Missing(page, "this page has no 'title'");
        }

        if (writer.Scalar(page, "summary") is { } summary)
        {
            writer.Markdown.Block(summary);
        }

        return title?.Value is { Length: > 0 } ? title.Value.Trim() : null;
    }
}
