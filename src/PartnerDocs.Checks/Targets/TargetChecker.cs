using PartnerDocs.Diagnostics;
using PartnerDocs.Docsets;
using PartnerDocs.Markdown;
using PartnerDocs.Topics;

namespace PartnerDocs.Validation.Targets;

/// <summary>What kind of reference is checked: the rule a missing file breaks and the word for it in messages.</summary>
internal sealed record TargetKind(string MissingRule, string Noun)
{
    public static readonly TargetKind Link = new(Rules.LinkTargetMissing, "link");
    public static readonly TargetKind Image = new(Rules.ImageTargetMissing, "image");
    public static readonly TargetKind TocEntry = new(Rules.TocTargetMissing, "TOC entry");
}

/// <summary>
/// Resolves one relative reference against the model and reports what is wrong with it: a missing file or anchor,
/// a path out of the docset, or a jump into another locale. A file the locale lacks but the source locale has is
/// found there: the site copies resources from the source and (under fallback) renders source pages.
/// </summary>
internal sealed class TargetChecker(CheckContext context)
{
    public void Check(string fromFile, string fromLocale, string url, SourceLocation location, TargetKind kind)
    {
        if (url.Length == 0 || LinkUrl.IsExternal(url))
        {
            return;
        }

        var path = LinkUrl.PathOf(url);
        var fragment = LinkUrl.FragmentOf(url);
        if (path.Length == 0)
        {
            var self = context.Docset.Locale(fromLocale)?.Topics.GetValueOrDefault(Hrefs.SplitFirst(fromFile).Tail);
            if (fragment is not null && self is not null)
            {
                CheckAnchor(self, fragment, "", fromLocale, url, location);
            }

            return;
        }

        var docsetPath = PagePaths.Resolve(fromFile, path);
        if (docsetPath is null)
        {
            context.Report(Rules.LinkOutsideDocset, location, $"{kind.Noun} '{url}' climbs above the docset root", fromLocale, url);
            return;
        }

        var (first, rest) = Hrefs.SplitFirst(docsetPath);
        var locale = context.Docset.Locale(first);
        if (locale is null || (rest.Length == 0 && !path.EndsWith('/')))
        {
            context.Report(Rules.LinkOutsideDocset, location, $"{kind.Noun} '{url}' leads to '{docsetPath}', outside every locale folder, which the site does not publish", fromLocale, url);
            return;
        }

        if (path.EndsWith('/'))
        {
            var folder = rest.Length == 0 ? "" : rest + "/";
            rest = folder + (locale.Files.Contains(folder + "index.yml") && !locale.Files.Contains(folder + "index.md") ? "index.yml" : "index.md");
        }

        if (locale.Name != fromLocale)
        {
            context.Report(RuleCatalog.LinkCrossLocale, location, $"{kind.Noun} '{url}' goes into the {locale.Name} folder from a {fromLocale} page, so readers switch language", fromLocale, url);
        }

        if (!Exists(locale, rest, out var topic))
        {
            if (kind == TargetKind.Image && context.ImageFallback.Covers(rest))
            {
                return;
            }

            ReportMissing(fromFile, fromLocale, url, location, kind, locale, rest);
        }
        else if (fragment is not null && topic is not null)
        {
            CheckAnchor(topic, fragment, url[..url.IndexOf('#')], fromLocale, url, location);
        }
    }

    /// <summary>Whether a locale serves <paramref name="path"/>, itself or through the source locale; the topic when it is one.</summary>
    public bool Exists(LocaleContent locale, string path, out Topic? topic)
    {
        if (locale.Files.Contains(path))
        {
            topic = locale.Topics.GetValueOrDefault(path);
            return true;
        }

        var source = context.Source;
        var fallsBack = source is not null && source != locale && source.Files.Contains(path)
            && (!PagePaths.IsPageSource(path) || context.Docset.Config.Fallback == FallbackPolicy.Fallback);
        topic = fallsBack ? source!.Topics.GetValueOrDefault(path) : null;
        return fallsBack;
    }

    private void ReportMissing(string fromFile, string fromLocale, string url, SourceLocation location, TargetKind kind, LocaleContent locale, string path)
    {
        var where = kind == TargetKind.Image && locale != context.Source ? $"in {locale.Name} nor in the source locale" : $"in {locale.Name}";
        if (context.Files.NearMatch(locale, path) is { } near)
        {
            context.Report(kind.MissingRule, location, $"{kind.Noun} '{url}' does not exist {where}; it differs only in {near.Difference} from '{near.Path}'",
                fromLocale, url, Hrefs.Relative(fromFile, locale.Name + "/" + near.Path));
            return;
        }

        var closest = Suggester.ClosestFile(path, locale.Files);
        context.Report(kind.MissingRule, location, $"{kind.Noun} '{url}' does not exist {where}", fromLocale, url,
            closest is null ? null : Hrefs.Relative(fromFile, locale.Name + "/" + closest));
    }

    private void CheckAnchor(Topic target, string fragment, string pathAsWritten, string fromLocale, string url, SourceLocation location)
    {
        if (context.Anchors.Miss(target, fragment) is not { } miss)
        {
            return;
        }

        var suggestion = miss.Nearest is null ? null : pathAsWritten + "#" + miss.Nearest;
        var message = miss.OnlyDifference is null
            ? $"'{url}': {target.File} has no heading or anchor '{fragment}'"
            : $"'{url}': the fragment {miss.OnlyDifference} the anchor '{miss.Nearest}' of {target.File}";
        context.Report(Rules.LinkAnchorMissing, location, message, fromLocale, url, suggestion);
    }
}
