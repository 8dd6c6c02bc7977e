using PartnerDocs.Toc;

namespace PartnerDocs.Validation.Parity;

/// <summary>A TOC flattened for comparison: each entry keyed by the page it opens (groups by their first page), with its parent's key.</summary>
internal sealed class TocShape
{
    public sealed record Entry(string Key, TocNode Node, string? ParentKey, int Index);

    public TocShape(TocTree toc)
    {
        foreach (var root in toc.Roots)
        {
            Walk(root, null);
        }
    }

    /// <summary>First occurrence of each key in reading order.</summary>
    public Dictionary<string, Entry> Entries { get; } = new(StringComparer.Ordinal);

    public List<Entry> InOrder { get; } = [];

    private void Walk(TocNode node, string? parentKey)
    {
        var key = Key(node);
        if (Entries.TryAdd(key, new Entry(key, node, parentKey, InOrder.Count)))
        {
            InOrder.Add(Entries[key]);
        }

        foreach (var child in node.Children)
        {
            Walk(child, key);
        }
    }

    private static string Key(TocNode node) =>
        TocIndex.PagePath(node) ?? node.PageHref ?? "group of " + (node.Children.Count > 0 ? Key(node.Children[0]) : "nothing");
}
