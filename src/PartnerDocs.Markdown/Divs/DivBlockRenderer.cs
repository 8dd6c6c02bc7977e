using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax;

namespace PartnerDocs.Markdown.Divs;

/// <summary>Writes &lt;div class="..."&gt; around the block's content; the site's CSS styles nextstepaction as a link button.</summary>
public sealed class DivBlockRenderer : HtmlObjectRenderer<DivBlock>
{
    protected override void Write(HtmlRenderer renderer, DivBlock obj)
    {
        renderer.EnsureLine();
        renderer.Write("<div class=\"").WriteEscape(string.Join(' ', obj.Classes)).WriteLine("\">");
        foreach (var child in obj)
        {
            // The marker line leaves an empty paragraph when nothing follows it on line one.
            if (child is not ParagraphBlock { Inline.FirstChild: null })
            {
                renderer.Write(child);
            }
        }

        renderer.EnsureLine();
        renderer.WriteLine("</div>");
    }
}
