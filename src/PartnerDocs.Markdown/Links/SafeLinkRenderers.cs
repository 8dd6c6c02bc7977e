using Markdig.Renderers;
using Markdig.Renderers.Html.Inlines;
using Markdig.Syntax.Inlines;
using PartnerDocs.Paths;

namespace PartnerDocs.Markdown.Links;

/// <summary>Links and images whose URL has an unsafe scheme (<see cref="UrlPolicy"/>) render as their text, never as href/src.</summary>
public sealed class SafeLinkInlineRenderer : LinkInlineRenderer
{
    protected override void Write(HtmlRenderer renderer, LinkInline link)
    {
        if (!UrlPolicy.IsUnsafe(link.GetDynamicUrl?.Invoke() ?? link.Url ?? ""))
        {
            base.Write(renderer, link);
            return;
        }

        // An image's text is its alt text: written as plain text like Markdig writes alt, with no markup.
        var html = renderer.EnableHtmlForInline;
        renderer.EnableHtmlForInline = html && !link.IsImage;
        renderer.WriteChildren(link);
        renderer.EnableHtmlForInline = html;
    }
}

/// <summary>Autolinks such as &lt;javascript:alert(1)&gt; with an unsafe scheme render as text.</summary>
public sealed class SafeAutolinkInlineRenderer : AutolinkInlineRenderer
{
    protected override void Write(HtmlRenderer renderer, AutolinkInline link)
    {
        if (!link.IsEmail && UrlPolicy.IsUnsafe(link.Url))
        {
            renderer.WriteEscape(link.Url);
            return;
        }

        base.Write(renderer, link);
    }
}
