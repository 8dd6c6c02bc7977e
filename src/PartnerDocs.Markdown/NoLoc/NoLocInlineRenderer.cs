using Markdig.Renderers;
using Markdig.Renderers.Html;

namespace PartnerDocs.Markdown.NoLoc;

public sealed class NoLocInlineRenderer : HtmlObjectRenderer<NoLocInline>
{
    protected override void Write(HtmlRenderer renderer, NoLocInline obj) => renderer.WriteEscape(obj.Text);
}
