using PartnerDocs.Diagnostics;
using PartnerDocs.Docsets;
using PartnerDocs.Markdown;
using PartnerDocs.Paths;
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
    /// <summary>Checks a URL written in <paramref name="fromFile"/> (a TOC href, which the model keeps unresolved).</summary>
    public void Check(string fromFile, string fromLocale, string url, SourceLocation location, TargetKind kind) =>
        Check(context.Docset.References.Resolve(fromFile, url), fromLocale, location, kind);

    public void Check(Reference reference, string fromLocale, SourceLocation location, TargetKind kind)
    {
        var url = reference.Url;
        switch (reference.Kind)
        {
            case ReferenceKind.Unsafe:
                context.Report(Rules.LinkUnsafeScheme, location, $"{kind.Noun} '{Shorten(url)}' uses the {UrlPolicy.SchemeOf(url)}: scheme; only {string.Join(", ", UrlPolicy.AllowedSchemes)} may be published, so the site shows it as text", fromLocale, url);
                return;
            case ReferenceKind.SiteExternal:
                context.Report(Rules.LinkSiteExternal, location, $"{kind.Noun} '{url}' is site-absolute outside the docset's basePath ({context.Docset.Config.BasePath}): another site's page, not checked", fromLocale, url);
                return;
            case ReferenceKind.OutsideDocset:
                context.Report(Rules.LinkOutsideDocset, location, $"{kind.Noun} '{url}' climbs above the docset root", fromLocale, url);
                return;
            case ReferenceKind.AnchorOnly:
                var self = context.Docset.Locale(fromLocale)?.Topics.GetValueOrDefault(DocsetPath.SplitFirst(reference.From).Tail);
                if (reference.Fragment is { } selfFragment && self is not null)
                {
                    CheckAnchor(self, selfFragment, samePage: true, fromLocale, url, location);
                }

                return;
            case ReferenceKind.Internal:
                CheckInternal(reference, fromLocale, location, kind);
                return;
        }
    }

    private void CheckInternal(Reference reference, string fromLocale, SourceLocation location, TargetKind kind)
    {
        var url = reference.Url;
        var target = reference.Target!;
        var folder = target.EndsWith('/');
        var path = target.AsSpan().TrimEnd('/');
        var slash = path.IndexOf('/');
        var locale = context.Docset.Locale(slash < 0 ? path : path[..slash]);
        if (locale is null || (slash < 0 && !folder))
        {
            context.Report(Rules.LinkOutsideDocset, location, $"{kind.Noun} '{url}' leads to '{target}', outside every locale folder, which the site does not publish", fromLocale, url);
            return;
        }

        // Most references are links to a page of the locale: found without a string of the locale-relative path.
        if (!folder && kind != TargetKind.Image && locale.TopicAt(path[(slash + 1)..]) is { } page)
        {
            ReportCrossLocale(locale, fromLocale, url, location, kind);
            if (reference.Fragment is { } pageFragment)
            {
                CheckAnchor(page, pageFragment, samePage: false, fromLocale, url, location);
            }

            return;
        }

        var rest = slash < 0 ? "" : path[(slash + 1)..].ToString();

        if (folder)
        {
            var prefix = rest.Length == 0 ? "" : rest + "/";
            rest = prefix + (locale.Files.Contains(prefix + "index.yml") && !locale.Files.Contains(prefix + "index.md") ? "index.yml" : "index.md");
        }

        ReportCrossLocale(locale, fromLocale, url, location, kind);

        // Published URLs name pages without ".md" (DocFX and Learn style: /partner-center/billing).
        if (!folder && !Exists(locale, rest, out _) && !DocsetPath.FileName(rest).Contains('.') && Exists(locale, rest + ".md", out _))
        {
            rest += ".md";
        }

        if (!Exists(locale, rest, out var topic))
        {
            if (kind == TargetKind.Image && context.ImageFallback.Covers(rest))
            {
                return;
            }

            ReportMissing(reference.From, fromLocale, url, location, kind, locale, rest);
        }
        else if (kind == TargetKind.Image && !locale.Files.Contains(rest))
        {
            context.Report(RuleCatalog.ResourceFallback, location,
                $"image '{url}' is not in {locale.Name}; the page shows the source locale's copy, {context.Source!.Name}/{rest}: localize it if it shows text", fromLocale, url);
        }
        else if (reference.Fragment is { } fragment && topic is not null)
        {
            CheckAnchor(topic, fragment, samePage: false, fromLocale, url, location);
        }
    }

    private void ReportCrossLocale(LocaleContent locale, string fromLocale, string url, SourceLocation location, TargetKind kind)
    {
        if (locale.Name != fromLocale)
        {
            context.Report(RuleCatalog.LinkCrossLocale, location, $"{kind.Noun} '{url}' goes into the {locale.Name} folder from a {fromLocale} page, so readers switch language", fromLocale, url);
        }
    }

    private static string Shorten(string url) => url.Length <= 60 ? url : url[..57] + "...";

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
            && (!DocsetPath.IsPageSource(path) || context.Docset.Config.Fallback == FallbackPolicy.Fallback);
        topic = fallsBack ? source!.Topics.GetValueOrDefault(path) : null;
        return fallsBack;
    }

    private void ReportMissing(string fromFile, string fromLocale, string url, SourceLocation location, TargetKind kind, LocaleContent locale, string path)
    {
        var where = kind == TargetKind.Image && locale != context.Source ? $"in {locale.Name} nor in the source locale" : $"in {locale.Name}";
        if (context.Files.NearMatch(locale, path) is { } near)
        {
            context.Report(kind.MissingRule, location, $"{kind.Noun} '{url}' does not exist {where}; it differs only in {near.Difference} from '{near.Path}'",
                fromLocale, url, DocsetPath.Relative(fromFile, locale.Name + "/" + near.Path));
            return;
        }

        var closest = Suggester.ClosestFile(path, locale.Files);
        context.Report(kind.MissingRule, location, $"{kind.Noun} '{url}' does not exist {where}", fromLocale, url,
            closest is null ? null : DocsetPath.Relative(fromFile, locale.Name + "/" + closest));
    }

    /// <param name="samePage">True for a "#fragment" link, whose suggestion is a fragment too.</param>
    private void CheckAnchor(Topic target, string fragment, bool samePage, string fromLocale, string url, SourceLocation location)
    {
        if (context.Anchors.Miss(target, fragment) is not { } miss)
        {
            return;
        }

        var suggestion = miss.Nearest is null ? null : (samePage ? "" : url[..url.IndexOf('#')]) + "#" + miss.Nearest;
        var message = miss.OnlyDifference is null
            ? $"'{url}': {target.File} has no heading or anchor '{fragment}'"
            : $"'{url}': the fragment {miss.OnlyDifference} the anchor '{miss.Nearest}' of {target.File}";
        context.Report(Rules.LinkAnchorMissing, location, message, fromLocale, url, suggestion);
    }
}
