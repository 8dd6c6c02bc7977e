using PartnerDocs.Markdown;
using PartnerDocs.Paths;
using PartnerDocs.Toc;

namespace PartnerDocs.Rendering;

/// <summary>Turns a locale's TOC into navigation items; done once per locale, never per page.</summary>
public static class NavBuilder
{
    public static IReadOnlyList<NavItem> Build(TocTree toc, Func<string, PageAvailability> availability) =>
        toc.Roots.Select(node => Item(node, availability)).ToList();

    private static NavItem Item(TocNode node, Func<string, PageAvailability> availability)
    {
        var state = TocIndex.PagePath(node) is { } path ? availability(path) : PageAvailability.Missing;
        return new(node.Title, Href(node, state), node.Children.Select(c => Item(c, availability)).ToList(), node.Expanded)
        {
            IsFallback = state == PageAvailability.Fallback,
        };
    }

    // External links stay as they are; a topic the locale does not publish (omit policy) or an unsafe URL (javascript:, check
    // reports it) becomes a plain label.
    private static string? Href(TocNode node, PageAvailability state)
    {
        if (node.PageHref is not { } href || UrlPolicy.IsUnsafe(href))
        {
            return null;
        }

        if (UrlParts.IsAbsolute(href))
        {
            return UrlPolicy.IsUnsafe(href) ? null : href; // a javascript: entry is a plain label
        }

        return state == PageAvailability.Missing ? null : SiteUrls.Rewrite(href);
    }
}
