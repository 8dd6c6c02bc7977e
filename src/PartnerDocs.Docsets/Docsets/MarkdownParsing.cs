using PartnerDocs.Markdown;

namespace PartnerDocs.Docsets;

/// <summary>Parses a Markdown body for its facts (links, anchors, includes, headings, text) and lets the syntax tree go.</summary>
internal static class MarkdownParsing
{
    public static ParsedMarkdown Facts(MarkdownEngine engine, string body, string file, int firstLine) =>
        engine.Parse(body, file, firstLine).WithoutDocument();
}
