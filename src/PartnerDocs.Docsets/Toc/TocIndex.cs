using PartnerDocs.Paths;
using PartnerDocs.Topics;

namespace PartnerDocs.Toc;

/// <summary>
/// Per-locale lookups built once from the TOC, so each page finds its entry, ancestors and neighbours
/// in time independent of the TOC's size.
/// </summary>
public sealed class TocIndex
{
    private readonly Dictionary<string, int> firstByPage = new(StringComparer.Ordinal);
    private readonly Dictionary<TocNode, TocNode?> parents = new(ReferenceEqualityComparer.Instance);
    private readonly List<TocNode> pagesInOrder = [];

    public TocIndex(TocTree toc)
    {
        foreach (var root in toc.Roots)
        {
            Walk(root, null);
        }
    }

    /// <summary>Every node that opens a page, in reading order; a page listed twice appears twice.</summary>
    public IReadOnlyList<TocNode> PagesInOrder => pagesInOrder;

    /// <summary>The first TOC entry that opens <paramref name="pagePath"/> (locale-relative .md path).</summary>
    public TocNode? Find(string pagePath) => firstByPage.TryGetValue(pagePath, out var i) ? pagesInOrder[i] : null;

    /// <summary>The node's ancestors, outermost first.</summary>
    public IReadOnlyList<TocNode> Ancestors(TocNode node)
    {
        var chain = new List<TocNode>();
        for (var parent = parents.GetValueOrDefault(node); parent is not null; parent = parents.GetValueOrDefault(parent))
        {
            chain.Add(parent);
        }

        chain.Reverse();
        return chain;
    }

    public TocNode? Previous(string pagePath) => Neighbour(pagePath, -1);

    public TocNode? Next(string pagePath) => Neighbour(pagePath, +1);

    private TocNode? Neighbour(string pagePath, int step)
    {
        if (!firstByPage.TryGetValue(pagePath, out var i))
        {
            return null;
        }

        for (var j = i + step; j >= 0 && j < pagesInOrder.Count; j += step)
        {
            if (PagePath(pagesInOrder[j]) != pagePath)
            {
                return pagesInOrder[j];
            }
        }

        return null;
    }

    private void Walk(TocNode node, TocNode? parent)
    {
        parents[node] = parent;
        if (PagePath(node) is { } path)
        {
            firstByPage.TryAdd(path, pagesInOrder.Count);
            pagesInOrder.Add(node);
        }

        foreach (var child in node.Children)
        {
            Walk(child, node);
        }
    }

    /// <summary>The locale-relative topic path a node opens, or null for groups and external links.</summary>
    public static string? PagePath(TocNode node)
    {
        if (node.PageHref is not { } href || UrlParts.IsAbsolute(href))
        {
            return null;
        }

        var path = UrlParts.PathOf(href);
        return path.Length == 0 || !DocsetPath.IsMarkdown(path) ? null : DocsetPath.Combine("", path);
    }
}
