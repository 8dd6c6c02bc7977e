using Markdig.Renderers;
using Markdig.Renderers.Html;
using PartnerDocs.Paths;

namespace PartnerDocs.Markdown.Images;

/// <summary>Writes &lt;p class="image"&gt;&lt;img ...&gt;&lt;/p&gt;; a complex image's long description follows, visually hidden.</summary>
public sealed class ImageBlockRenderer : HtmlObjectRenderer<ImageBlock>
{
    protected override void Write(HtmlRenderer renderer, ImageBlock obj)
    {
        renderer.EnsureLine();
        if (UrlPolicy.IsUnsafe(obj.Source))
        {
            // A javascript: or data: source is never emitted; readers get the alt text.
            renderer.Write("<p class=\"image\">").WriteEscape(obj.AltText).WriteLine("</p>");
        }
        else
        {
            renderer.Write("<p class=\"image\"><img src=\"").WriteEscapeUrl(obj.Source);
            renderer.Write("\" alt=\"").WriteEscape(obj.AltText).WriteLine("\" loading=\"lazy\"></p>");
        }

        if (obj.Count > 0)
        {
            renderer.WriteLine("<div class=\"visually-hidden\">");
            renderer.WriteChildren(obj);
            renderer.EnsureLine();
            renderer.WriteLine("</div>");
        }
    }
}
