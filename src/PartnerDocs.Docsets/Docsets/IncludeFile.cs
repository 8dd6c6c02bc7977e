using PartnerDocs.Markdown;

namespace PartnerDocs.Docsets;

/// <summary>A file some page includes, read once at load: its body (front matter removed) and the facts parsed from it.</summary>
public sealed record IncludeFile(string Path, string Body, int FirstLine, ParsedMarkdown Markdown);
