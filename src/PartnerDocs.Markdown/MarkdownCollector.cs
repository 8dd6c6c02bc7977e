using System.Net;
using System.Text;
using PartnerDocs.Diagnostics;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using PartnerDocs.Markdown.Anchors;
using PartnerDocs.Markdown.Images;
using PartnerDocs.Markdown.Includes;
using PartnerDocs.Markdown.RawHtml;
using PartnerDocs.Paths;

namespace PartnerDocs.Markdown;

/// <summary>One walk over a parsed document that records links, anchors, includes, headings and search text with file positions.</summary>
/// <param name="diagnostics">Findings about the file so far; raw HTML the allow-list removes is added unless <paramref name="rawHtml"/> trusts it.</param>
/// <param name="allHeadings">False to record only level-1 headings (a topic's title), for a check: the model keeps every heading's text otherwise.</param>
internal sealed class MarkdownCollector(string markdown, LineMap lines, int plainTextWords, ReferenceResolver? references, RawHtmlPolicy rawHtml, List<Diagnostic> diagnostics, bool allHeadings)
{
    private readonly CollectorScratch scratch = CollectorScratch.Take();
    private readonly BoundedText text = new(plainTextWords);

    private string file = "";

    public ParsedMarkdown Collect(MarkdownDocument document, string file)
    {
        this.file = file;
        try
        {
            Visit(document);
            return new ParsedMarkdown
            {
                File = file,
                Document = document,
                // Exact arrays (one shared empty one): the model holds these for every topic, and most topics have no include or finding.
                Links = scratch.Links.ToArray(),
                Anchors = scratch.Anchors.ToArray(),
                Includes = scratch.Includes.ToArray(),
                Headings = scratch.Headings.ToArray(),
                MarkdownLinksInRawHtml = scratch.MarkdownInHtml.Count == 0 ? [] : scratch.MarkdownInHtml.Select(lines.Locate).ToArray(),
                PlainTextUtf8 = text.TakeUtf8(),
                Diagnostics = diagnostics.ToArray(),
            };
        }
        finally
        {
            scratch.GiveBack();
        }
    }

    private void Visit(Block block)
    {
        switch (block)
        {
            case HeadingBlock heading:
                var headingText = HeadingIds.SourceText(heading) ?? InlineText.Of(heading.Inline, scratch.InlineText);
                var id = heading.TryGetAttributes()?.Id ?? "";
                var location = lines.Locate(heading.Span.Start);
                if (allHeadings || heading.Level == 1)
                {
                    scratch.Headings.Add(new HeadingInfo(heading.Level, headingText, id, location));
                }

                scratch.Anchors.Add(new AnchorDefinition(id, HeadingIds.IsGenerated(heading) ? AnchorKind.Heading : AnchorKind.HeadingAttribute, location));
                text.AppendLine(headingText);
                VisitInlines(heading.Inline);
                break;
            case IncludeBlock include:
                include.Reference = new IncludeReference(include.Title, include.Path, true, lines.Locate(include.Span.Start)) { Resolved = Resolve(include.Path) };
                scratch.Includes.Add(include.Reference);
                break;
            case ImageBlock image:
                scratch.Links.Add(new LinkReference(image.Source, LinkKind.Image, lines.Locate(image.SourceOffset)) { Resolved = Resolve(image.Source) });
                VisitChildren(image);
                break;
            case HtmlBlock html:
                VisitHtmlBlock(html);
                break;
            case LeafBlock leaf when leaf.Inline is not null:
                if (leaf is ParagraphBlock && !text.IsFull)
                {
                    text.AppendLine(leaf.Inline, scratch.InlineText);
                }

                VisitInlines(leaf.Inline);
                break;
            case ContainerBlock container:
                VisitChildren(container);
                break;
        }
    }

    private void VisitChildren(ContainerBlock container)
    {
        foreach (var child in container)
        {
            Visit(child);
        }
    }

    private void VisitInlines(ContainerInline? container)
    {
        for (var inline = container?.FirstChild; inline is not null; inline = inline.NextSibling)
        {
            switch (inline)
            {
                case LinkInline link:
                    if (link.Url is not null)
                    {
                        scratch.Links.Add(new LinkReference(link.Url, link.IsImage ? LinkKind.Image : LinkKind.Link, lines.Locate(link.Span.Start)) { Resolved = Resolve(link.Url) });
                    }

                    VisitInlines(link);
                    break;
                case AutolinkInline autolink:
                    var autolinkUrl = autolink.IsEmail ? "mailto:" + autolink.Url : autolink.Url;
                    scratch.Links.Add(new LinkReference(autolinkUrl, LinkKind.Link, lines.Locate(autolink.Span.Start)) { Resolved = Resolve(autolinkUrl) });
                    break;
                case IncludeInline include:
                    include.Reference = new IncludeReference(include.Title, include.Path, false, lines.Locate(include.Span.Start)) { Resolved = Resolve(include.Path) };
                    scratch.Includes.Add(include.Reference);
                    break;
                case HtmlInline html:
                    VisitRawHtml(html.Tag, 0, html.Tag.Length, html.Span.Start);
                    break;
                case ContainerInline child:
                    VisitInlines(child);
                    break;
            }
        }
    }

    private void VisitHtmlBlock(HtmlBlock html)
    {
        var start = html.Span.Start;
        var end = Math.Min(html.Span.End + 1, markdown.Length);
        VisitRawHtml(markdown, start, end, 0);
        // Script, style, pre, comments and the like are literal by design; only ordinary HTML blocks hide Markdown by mistake.
        if (html.Type is HtmlBlockType.InterruptingBlock or HtmlBlockType.NonInterruptingBlock)
        {
            MarkdownInHtml.FindLinks(markdown, start, end, scratch.MarkdownInHtml);
            if (!text.IsFull)
            {
                AppendTextRuns(start, end);
            }
        }
    }

    private void AppendTextRuns(int start, int end)
    {
        var runs = new List<string>();
        HtmlScanner.TextRuns(markdown, start, end, (runStart, runEnd) =>
        {
            var run = WebUtility.HtmlDecode(markdown[runStart..runEnd]).Trim();
            if (run.Length > 0)
            {
                runs.Add(run);
            }
        });
        if (runs.Count > 0)
        {
            text.AppendLine(string.Join(' ', runs));
        }
    }

    /// <summary>Records href/src links and id/name anchors; <paramref name="offset"/> maps positions in <paramref name="html"/> to the source.</summary>
    private void VisitRawHtml(string html, int start, int end, int offset)
    {
        var attributes = HtmlScanner.Attributes(html, start, end, scratch.Attributes);
        foreach (var attribute in attributes)
        {
            if (HtmlScanner.IsUrlAttribute(attribute.Name) && attribute.ValueLength > 0)
            {
                var url = WebUtility.HtmlDecode(html.Substring(attribute.ValueStart, attribute.ValueLength));
                scratch.Links.Add(new LinkReference(url, LinkKind.HtmlLink, lines.Locate(offset + attribute.NameStart)) { Resolved = Resolve(url) });
            }
        }

        HtmlAnchors.Collect(attributes, html, lines, offset, scratch.Anchors);
        if (rawHtml == RawHtmlPolicy.Sanitize)
        {
            ReportDisallowed(html, start, end, offset);
        }
    }

    private void ReportDisallowed(string html, int start, int end, int offset)
    {
        foreach (var (tagStart, tagEnd) in HtmlScanner.StartTags(html, start, end, scratch.StartTags))
        {
            var removals = DocsHtmlSanitizer.Removals(html.AsSpan(tagStart, tagEnd - tagStart));
            if (removals.Count > 0)
            {
                var location = lines.Locate(offset + tagStart);
                diagnostics.Add(new Diagnostic(Rules.HtmlDisallowed, Severity.Warning, location,
                    $"raw HTML outside the docs allow-list: {string.Join(", ", removals)}; the site drops it (rawHtml: trusted in partnerdocs.yml publishes raw HTML as written)",
                    Locale: MarkdownFile.LocaleOf(location.File)));
            }
        }
    }

    private Reference? Resolve(string url) => references?.Resolve(file, url);
}
