using Markdig.Syntax.Inlines;

namespace PartnerDocs.Markdown.NoLoc;

/// <summary>:::no-loc text="...":::, text that translators must leave as is.</summary>
public sealed class NoLocInline(string text) : LeafInline
{
    public string Text { get; } = text;
}
