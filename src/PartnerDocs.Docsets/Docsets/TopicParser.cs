using PartnerDocs.Diagnostics;
using PartnerDocs.Markdown;
using PartnerDocs.Markdown.Includes;

namespace PartnerDocs.Docsets;

/// <summary>Parses a topic body and, as <see cref="LoadOptions"/> asks, renders it and lets its syntax tree go.</summary>
internal sealed class TopicParser(MarkdownEngine engine, IncludeResolver includes, LoadOptions options, DiagnosticBag diagnostics)
{
    public DiagnosticBag Diagnostics => diagnostics;

    public (ParsedMarkdown Markdown, string? Html) Parse(string locale, string file, string body, int firstLine) =>
        Finish(locale, engine.Parse(body, file, firstLine));

    /// <summary>Markdown generated from a YAML page; <paramref name="fileLines"/> maps its lines back to the YAML.</summary>
    public (ParsedMarkdown Markdown, string? Html) Parse(string locale, string file, string body, IReadOnlyList<int> fileLines) =>
        Finish(locale, engine.Parse(body, file, fileLines));

    private (ParsedMarkdown Markdown, string? Html) Finish(string locale, ParsedMarkdown parsed)
    {
        var html = options.RenderBody is { } context ? engine.Render(parsed, context(locale, includes)) : null;
        return (options.KeepTrees ? parsed : parsed.WithoutDocument(), html);
    }
}
