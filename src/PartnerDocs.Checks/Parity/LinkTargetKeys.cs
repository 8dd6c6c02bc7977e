using PartnerDocs.Paths;
using System.Text.RegularExpressions;
using PartnerDocs.Markdown;
using PartnerDocs.Topics;

namespace PartnerDocs.Validation.Parity;

/// <summary>
/// What a topic links to, in a form comparable across locales: internal targets as locale-relative paths, external URLs
/// with any locale segment ("/es-es/") replaced. Fragments are dropped because heading ids follow the translated text.
/// </summary>
internal static partial class LinkTargetKeys
{
    /// <summary>Fills <paramref name="keys"/> with each key and the index in the topic's links of the first link that has it.</summary>
    public static void Of(Topic topic, Dictionary<LinkTargetKey, int> keys)
    {
        var links = topic.Markdown.Links;
        for (var i = 0; i < links.Count; i++)
        {
            if (Key(topic, links[i]) is { } key)
            {
                keys.TryAdd(key, i);
            }
        }
    }

    /// <summary>Whether the two topics' links have the same keys in the same order (links without a key left out).</summary>
    public static bool SameInOrder(Topic topic, Topic other)
    {
        var links = topic.Markdown.Links;
        var otherLinks = other.Markdown.Links;
        int i = 0, j = 0;
        while (true)
        {
            var key = NextKey(topic, links, ref i);
            var otherKey = NextKey(other, otherLinks, ref j);
            if (key is null || otherKey is null)
            {
                return key is null && otherKey is null;
            }

            if (!key.Value.Equals(otherKey.Value))
            {
                return false;
            }
        }
    }

    // The key of the next link from index i that has one (i moves past it), or null when there is none left.
    private static LinkTargetKey? NextKey(Topic topic, IReadOnlyList<LinkReference> links, ref int i)
    {
        while (i < links.Count)
        {
            if (Key(topic, links[i++]) is { } key)
            {
                return key;
            }
        }

        return null;
    }

    private static LinkTargetKey? Key(Topic topic, LinkReference link)
    {
        if (link.IsExternal || link.Resolved is { Kind: ReferenceKind.SiteExternal })
        {
            var url = link.Url.Split('#')[0].TrimEnd('/');
            return LinkTargetKey.Of(LocaleSegment().Replace(url, "/{locale}/").ToLowerInvariant());
        }

        if (!link.HasPath || link.Resolved is not { IsInternal: true, Target: { } resolved })
        {
            return null;
        }

        return DocsetPath.IsIn(resolved, topic.Locale, out var rest) ? new LinkTargetKey(resolved, resolved.Length - rest.Length, rooted: false) : new LinkTargetKey(resolved, 0, rooted: true);
    }

    [GeneratedRegex("/[a-z]{2}-[a-z]{2,4}(/|$)", RegexOptions.IgnoreCase)]
    private static partial Regex LocaleSegment();
}
