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
    public static Dictionary<string, LinkReference> Of(Topic topic)
    {
        var keys = new Dictionary<string, LinkReference>(StringComparer.Ordinal);
        foreach (var link in topic.Markdown.Links)
        {
            if (Key(topic, link) is { } key)
            {
                keys.TryAdd(key, link);
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

        var locale = topic.Locale;
        var inLocale = resolved.Length > locale.Length && resolved[locale.Length] == '/' && resolved.StartsWith(locale, StringComparison.Ordinal);
        return inLocale ? resolved[(locale.Length + 1)..] : "/" + resolved;
    }

    [GeneratedRegex("/[a-z]{2}-[a-z]{2,4}(/|$)", RegexOptions.IgnoreCase)]
    private static partial Regex LocaleSegment();
}
