using PartnerDocs.Diagnostics;

namespace PartnerDocs.Toc;

/// <summary>One TOC entry. A node without <see cref="Href"/> is a group heading.</summary>
public sealed class TocNode
{
    public TocNode(string title, string? href, int level, SourceLocation location)
    {
        Title = title;
        Href = href;
        Level = level;
        Location = location;
    }

    public string Title { get; }

    /// <summary>The link as written, e.g. "billing.md" or "sub/a.md#x", relative to the locale's root TOC folder (hrefs from nested TOCs are rebased).</summary>
    public string? Href { get; }

    /// <summary>Depth in the tree, 1 for top-level entries.</summary>
    public int Level { get; }

    public SourceLocation Location { get; }

    /// <summary>toc.yml's topicHref: the page a group node opens, when its href names another TOC.</summary>
    public string? TopicHref { get; init; }

    public bool Expanded { get; init; }

    /// <summary>toc.yml's displayName (or displayname): extra words DocFX's TOC filter matches; not shown.</summary>
    public string? DisplayName { get; init; }

    /// <summary>toc.yml's uid or topicUid: a cross-reference id, kept for tools (PartnerDocs has no xref map).</summary>
    public string? Uid { get; init; }

    /// <summary>toc.yml's tocHref: the TOC a breadcrumb points at, kept as written.</summary>
    public string? TocHref { get; init; }

    /// <summary>Keys of a toc.yml item PartnerDocs does not read, kept as written (scalars; lists joined with ", ").</summary>
    public IReadOnlyDictionary<string, string> Metadata { get; init; } = System.Collections.ObjectModel.ReadOnlyDictionary<string, string>.Empty;

    public List<TocNode> Children { get; } = [];

    /// <summary>The page this entry opens: Href, or TopicHref for a nested-TOC group.</summary>
    public string? PageHref => TopicHref ?? Href;
}
