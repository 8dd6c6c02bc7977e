using System.Text;
using PartnerDocs.Markdown.RawHtml;

namespace PartnerDocs.Markdown;

/// <summary>
/// The lists one <see cref="MarkdownCollector"/> fills, kept per thread between topics: a topic's facts are copied out as
/// exact arrays, so growing new lists for every topic would only make garbage. Taken and given back, so a nested collect
/// (never done today) would get lists of its own.
/// </summary>
internal sealed class CollectorScratch
{
    // Lists a huge topic grew past this many items are not kept.
    private const int MaxKeptItems = 4096;

    [ThreadStatic] private static CollectorScratch? spare;

    public List<LinkReference> Links { get; } = [];
    public List<AnchorDefinition> Anchors { get; } = [];
    public List<IncludeReference> Includes { get; } = [];
    public List<HeadingInfo> Headings { get; } = [];
    public List<int> MarkdownInHtml { get; } = [];
    public List<HtmlAttribute> Attributes { get; } = [];
    public List<(int Start, int End)> StartTags { get; } = [];
    public StringBuilder InlineText { get; } = new();

    public static CollectorScratch Take()
    {
        var scratch = spare ?? new CollectorScratch();
        spare = null;
        return scratch;
    }

    public void GiveBack()
    {
        if (Links.Capacity + Anchors.Capacity + Includes.Capacity + Headings.Capacity + MarkdownInHtml.Capacity + Attributes.Capacity + StartTags.Capacity > MaxKeptItems
            || InlineText.Capacity > MaxKeptItems * 16)
        {
            return;
        }

        Links.Clear();
        Anchors.Clear();
        Includes.Clear();
        Headings.Clear();
        MarkdownInHtml.Clear();
        Attributes.Clear();
        StartTags.Clear();
        InlineText.Clear();
        spare = this;
    }
}
