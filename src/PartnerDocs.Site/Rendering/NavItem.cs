namespace PartnerDocs.Rendering;

/// <summary>A navigation entry (partials/nav-item.sbn-html); Href is relative to the locale folder, null for a group heading.</summary>
public sealed record NavItem(string Title, string? Href, IReadOnlyList<NavItem> Children, bool Expanded)
{
    public bool HasChildren => Children.Count > 0;

    /// <summary>The locale shows the source text for this entry; the navigation says so.</summary>
    public bool IsFallback { get; init; }
}

/// <summary>The model of nav.sbn-html: a locale's whole navigation tree and its UI strings.</summary>
public sealed record NavModel(IReadOnlyList<NavItem> Items, IReadOnlyDictionary<string, string> T);
