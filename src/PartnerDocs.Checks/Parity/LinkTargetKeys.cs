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
    /// <summary>Each key, with the index in the topic's links of the first link that has it.</summary>
    public static Dictionary<string, int> Of(Topic topic)
    {
        var links = topic.Markdown.Links;
        var keys = new Dictionary<string, int>(links.Count, StringComparer.Ordinal);
        for (var i = 0; i < links.Count; i++)
        {
            if (Key(topic, links[i]) is { } key)
            {
                keys.TryAdd(key, i);
            }
        }

        return keys;
    }

    private static string? Key(Topic topic, LinkReference link)
    {
        if (link.IsExternal || link.Resolved is { Kind: ReferenceKind.SiteExternal })
        {
            var url = link.Url.Split('#')[0].TrimEnd('/');
            return LocaleSegment().Replace(url, "/{locale}/").ToLowerInvariant();
        }

        if (!link.HasPath || link.Resolved is not { IsInternal: true, Target: { } resolved })
        {
            return null;
        }

        return DocsetPath.IsIn(resolved, topic.Locale, out var rest) ? rest.ToString() : "/" + resolved;
    }

    [GeneratedRegex("/[a-z]{2}-[a-z]{2,4}(/|$)", RegexOptions.IgnoreCase)]
    private static partial Regex LocaleSegment();
}
