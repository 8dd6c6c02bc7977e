using YamlDotNet.RepresentationModel;

namespace PartnerDocs.YamlPages;

/// <summary>
/// <c>### YamlMime:FAQ</c>: title, summary, each section as an H2 and each question as a heading with an id (H3, or H2 when
/// the page shows no section headings), its answer as Markdown, then <c>additionalContent</c>.
/// </summary>
internal static class FaqPage
{
    private static readonly HashSet<string> PageKeys = ["metadata", "title", "summary", "sections", "additionalContent"];
    private static readonly HashSet<string> SectionKeys = ["name", "questions"];
    private static readonly HashSet<string> QuestionKeys = ["question", "answer"];

    public static string? Write(YamlMappingNode page, YamlPageWriter writer)
    {
        writer.NoteUnknownKeys(page, PageKeys, "at the top of a FAQ page");
        var title = PageHeading.Write(page, writer);
        var sections = writer.Mappings(page, "sections").ToList();
        // Learn hides a section named "Ignored"; translations translate that word, so a lone section is not shown either.
        var showSections = sections.Count > 1;
        foreach (var section in sections)
        {
            writer.NoteUnknownKeys(section, SectionKeys, "in a FAQ section");
            var name = writer.Scalar(section, "name");
            var shown = showSections && name?.Value is { Length: > 0 } text && text.Trim() != "Ignored";
            if (shown)
            {
                writer.Markdown.Line("## " + MarkdownBuilder.Escape(name!.Value!), YamlPageWriter.LineOf(name));
                writer.Markdown.Blank();
            }

            foreach (var question in writer.Mappings(section, "questions"))
            {
                WriteQuestion(question, shown ? "###" : "##", writer);
            }
        }

        if (writer.Scalar(page, "additionalContent") is { } additional)
        {
            writer.Markdown.Block(additional);
        }

        return title;
    }

    private static void WriteQuestion(YamlMappingNode question, string level, YamlPageWriter writer)
    {
        writer.NoteUnknownKeys(question, QuestionKeys, "in a FAQ question");
        if (writer.Scalar(question, "question") is { Value: { Length: > 0 } text } node)
        {
            writer.Markdown.Line(level + " " + MarkdownBuilder.Escape(text), YamlPageWriter.LineOf(node));
            writer.Markdown.Blank();
        }
        else
        {
            writer.Missing(question, "this item has no 'question'");
        }

        if (writer.Scalar(question, "answer") is { } answer)
        {
            writer.Markdown.Block(answer);
        }
    }
}
