using System.Net;
using System.Text;
using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using PartnerDocs.Paths;

namespace PartnerDocs.Markdown.RawHtml;

/// <summary>Raw HTML blocks, written as is except that href and src values go through the page's URL rewrite.</summary>
public sealed class RawHtmlBlockRenderer : HtmlObjectRenderer<HtmlBlock>
{
    protected override void Write(HtmlRenderer renderer, HtmlBlock obj)
    {
        if (renderer.EnableHtmlForBlock)
        {
            DocsHtmlRenderer.WriteRawHtml(renderer, RawHtmlUrls.Rewrite(renderer, obj.Lines.ToString()), owner: null);
            renderer.WriteLine();
        }
    }
}

/// <summary>Raw inline HTML tags, with href and src values rewritten.</summary>
public sealed class RawHtmlInlineRenderer : HtmlObjectRenderer<HtmlInline>
{
    protected override void Write(HtmlRenderer renderer, HtmlInline obj)
    {
        if (renderer.EnableHtmlForInline)
        {
            DocsHtmlRenderer.WriteRawHtml(renderer, RawHtmlUrls.Rewrite(renderer, obj.Tag), ParagraphOf(obj));
        }
    }

    // The root container of the inline's leaf block: one object per paragraph, heading or table cell.
    private static ContainerInline? ParagraphOf(Inline inline)
    {
        var container = inline.Parent;
        while (container?.Parent is { } parent)
        {
            container = parent;
        }

        return container;
    }
}

internal static class RawHtmlUrls
{
    public static string Rewrite(HtmlRenderer renderer, string html)
    {
        var attributes = HtmlScanner.Attributes(html, 0, html.Length, []);
        if (!attributes.Exists(a => HtmlScanner.IsUrlAttribute(a.Name)))
        {
            return html;
        }

        var builder = new StringBuilder(html.Length + 16);
        var copied = 0;
        foreach (var attribute in attributes.Where(a => HtmlScanner.IsUrlAttribute(a.Name) && a.ValueLength > 0))
        {
            var value = WebUtility.HtmlDecode(html.Substring(attribute.ValueStart, attribute.ValueLength));
            if (UrlPolicy.IsUnsafe(value))
            {
                // Even trusted HTML never links to javascript: and the like: the whole attribute goes.
                var end = attribute.ValueStart + attribute.ValueLength;
                var quoted = attribute.ValueStart > 0 && html[attribute.ValueStart - 1] is '"' or '\'' && end < html.Length && html[end] == html[attribute.ValueStart - 1];
                builder.Append(html, copied, attribute.NameStart - copied);
                copied = quoted ? end + 1 : end;
                continue;
            }

            var rewritten = DocsHtmlRenderer.RewriteUrl(renderer, value);
            builder.Append(html, copied, attribute.ValueStart - copied);
            builder.Append(rewritten == value ? html.AsSpan(attribute.ValueStart, attribute.ValueLength) : WebUtility.HtmlEncode(rewritten));
            copied = attribute.ValueStart + attribute.ValueLength;
        }

        return builder.Append(html, copied, html.Length - copied).ToString();
    }
}
