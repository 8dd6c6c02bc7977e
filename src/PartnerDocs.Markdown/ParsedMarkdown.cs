using System.Text;
using Markdig.Syntax;
using PartnerDocs.Diagnostics;

namespace PartnerDocs.Markdown;

/// <summary>A heading: its level, plain text (without {#id}), anchor id and position.</summary>
public readonly record struct HeadingInfo(int Level, string Text, string Id, SourceLocation Location);

/// <summary>A parsed Markdown file and everything the checker, renderer and indexer need from it.</summary>
public sealed class ParsedMarkdown
{
    /// <summary>Docset-relative path with '/' separators.</summary>
    public required string File { get; init; }
    /// <summary>The syntax tree; null once the loader has rendered the body and let the tree go.</summary>
    public required MarkdownDocument? Document { get; init; }
    /// <summary>Links, autolinks, images (including :::image) and href=/src= in raw HTML.</summary>
    public required IReadOnlyList<LinkReference> Links { get; init; }
    /// <summary>Every fragment target, each heading's id among them (as <see cref="AnchorKind.Heading"/> or <see cref="AnchorKind.HeadingAttribute"/>).</summary>
    public required IReadOnlyList<AnchorDefinition> Anchors { get; init; }
    public required IReadOnlyList<IncludeReference> Includes { get; init; }
    /// <summary>
    /// Every heading; only the level-1 ones when the engine parses for facts only (all a check reads: a topic's title), and
    /// in a check's model none when the front matter gives the title.
    /// </summary>
    public required IReadOnlyList<HeadingInfo> Headings { get; init; }
    /// <summary>Markdown links written inside raw HTML blocks, which CommonMark leaves as literal text.</summary>
    public required IReadOnlyList<SourceLocation> MarkdownLinksInRawHtml { get; init; }
    private byte[] plainText = [];

    /// <summary>
    /// Text content for search: headings, paragraphs, list items, table cells, raw HTML text; no markup; at most the engine's
    /// word limit. Held as UTF-8 (the model keeps it for every topic until search is written), so each read decodes it.
    /// </summary>
    public string PlainText { get => Encoding.UTF8.GetString(plainText); init => plainText = Encoding.UTF8.GetBytes(value); }
    /// <summary>Sets <see cref="PlainText"/> from its UTF-8 bytes (the collector encodes it without making the string).</summary>
    internal byte[] PlainTextUtf8 { init => plainText = value; }
    /// <summary>What parsing found wrong with the file itself: markdown.too-deep, html.disallowed.</summary>
    public IReadOnlyList<Diagnostic> Diagnostics { get; init; } = [];

    /// <summary>The same facts without the syntax tree, which is several times the size of the text.</summary>
    /// <param name="withHeadings">False to drop <see cref="Headings"/> too (their ids stay among the anchors).</param>
    public ParsedMarkdown WithoutDocument(bool withHeadings = true) => new()
    {
        File = File, Document = null, Links = Links, Anchors = Anchors, Includes = Includes, Headings = withHeadings ? Headings : [],
        MarkdownLinksInRawHtml = MarkdownLinksInRawHtml, plainText = plainText, Diagnostics = Diagnostics,
    };
}
