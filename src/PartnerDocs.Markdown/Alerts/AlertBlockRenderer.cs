using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax;

namespace PartnerDocs.Markdown.Alerts;

/// <summary>Writes &lt;div class="alert alert-note" role="note"&gt; with a title in the page's language.</summary>
public sealed class AlertBlockRenderer : HtmlObjectRenderer<AlertBlock>
{
    protected override void Write(HtmlRenderer renderer, AlertBlock obj)
    {
        var label = DocsHtmlRenderer.ContextOf(renderer).AlertLabel(obj.Kind);
        renderer.EnsureLine();
        renderer.Write("<div class=\"alert alert-").Write(obj.Kind).Write("\" role=\"note\">");
        renderer.Write("<p class=\"alert-title\">").WriteEscape(label).WriteLine("</p>");
        foreach (var child in obj)
        {
            // The marker line leaves an empty paragraph when the alert has no text of its own on line one.
            if (child is not ParagraphBlock { Inline.FirstChild: null })
            {
                renderer.Write(child);
            }
        }

        renderer.EnsureLine();
        renderer.WriteLine("</div>");
    }
}
