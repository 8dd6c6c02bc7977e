using PartnerDocs.Markdown;
using PartnerDocs.Toc;

namespace PartnerDocs.Rendering;

/// <summary>Turns a locale's TOC into navigation items; done once per locale, never per page.</summary>
public static class NavBuilder
{
    public static IReadOnlyList<NavItem> Build(TocTree toc, Func<string, bool> publishes) =>
        toc.Roots.Select(node => Item(node, publishes)).ToList();

    private static NavItem Item(TocNode node, Func<string, bool> publishes) =>
        new(node.Title, Href(node, publishes), node.Children.Select(c => Item(c, publishes)).ToList(), node.Expanded);

    // External links stay as they are; a topic the locale does not publish (omit policy) becomes a plain label.
    private static string? Href(TocNode node, Func<string, bool> publishes)
    {
        if (node.PageHref is not { } href)
        {
            return null;
        }

        if (LinkUrl.IsExternal(href))
        {
            return href;
        }

        return TocIndex.PagePath(node) is { } path && publishes(path) ? SiteUrls.Rewrite(href) : null;
    }
}
