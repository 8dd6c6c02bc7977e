using PartnerDocs.Diagnostics;

namespace PartnerDocs.Validation;

/// <summary>Every rule check can report: its default severity and a one-line description (SARIF rule metadata).</summary>
public static class RuleCatalog
{
    public sealed record RuleInfo(string Id, Severity DefaultSeverity, string Description);

    public const string LinkCrossLocale = "link.cross-locale";
    public const string BaselineStaleEntry = "baseline.stale-entry";
    public const string ResourceFallback = "resource.fallback";

    public static IReadOnlyList<RuleInfo> All { get; } =
    [
        new(Rules.ConfigInvalid, Severity.Error, "partnerdocs.yml is malformed or names a setting wrongly."),
        new(Rules.TocSyntax, Severity.Error, "A TOC line is not a heading with one link."),
        new(Rules.TocTargetMissing, Severity.Error, "A TOC entry points at a file that does not exist."),
        new(Rules.TocDuplicateEntry, Severity.Note, "The same page is listed more than once in a TOC."),
        new(Rules.LinkTargetMissing, Severity.Error, "A relative link points at a file that does not exist."),
        new(Rules.LinkAnchorMissing, Severity.Error, "A #fragment names no heading or anchor of its target."),
        new(Rules.LinkOutsideDocset, Severity.Error, "A link climbs above the docset root or out of every locale folder."),
        new(LinkCrossLocale, Severity.Warning, "A link goes into another locale's folder, so readers switch language."),
        new(Rules.LinkInRawHtml, Severity.Warning, "A Markdown link inside a raw HTML block is shown as literal text."),
        new(Rules.ImageTargetMissing, Severity.Error, "An image exists neither in the locale nor in the source locale."),
        new(Rules.ImageFallback, Severity.Note, "Images missing from the docset are expected from the imageFallback folder, which is not here: one note for all of them."),
        new(ResourceFallback, Severity.Note, "A translation shows the source locale's copy of an image it lacks; translators may need to localize it."),
        new(Rules.IncludeTargetMissing, Severity.Error, "An [!INCLUDE] names a file that does not exist."),
        new(Rules.IncludeCycle, Severity.Error, "Includes include each other in a cycle."),
        new(Rules.FrontMatterInvalid, Severity.Error, "The YAML front matter cannot be read."),
        new(Rules.FrontMatterMissingTitle, Severity.Warning, "The front matter has no title."),
        new(Rules.TopicOrphan, Severity.Warning, "No TOC entry lists the topic."),
        new(Rules.TopicUnreadable, Severity.Error, "The topic file cannot be read."),
        new(Rules.ParityTopicMissing, Severity.Warning, "A source topic is missing from a locale that omits untranslated pages."),
        new(Rules.ParityTopicExtra, Severity.Warning, "A translation has a topic the source locale does not."),
        new(Rules.ParityTocMismatch, Severity.Warning, "A translation's TOC differs from the source TOC (missing, extra, moved or on another level)."),
        new(Rules.ParityLinkMismatch, Severity.Warning, "A translation links to a different set of targets than its source."),
        new(Rules.ParityAnchorMissing, Severity.Warning, "A translation lacks an anchor id of its source that links rely on."),
        new(Rules.ParityStale, Severity.Warning, "The source changed after the translation was made."),
        new(Rules.ParityUntranslated, Severity.Note, "A source topic has no translation; the site shows the source text."),
        new(Rules.MarkdownTooDeep, Severity.Error, "Markdown nested beyond PartnerDocs' limits; the lines are shown as plain text."),
        new(Rules.HtmlDisallowed, Severity.Warning, "Raw HTML outside the docs allow-list (scripts, event handlers, frames, forms); the site drops it."),
        new(Rules.FileOutsideDocset, Severity.Error, "A symlink leads outside the docset; its target is never read or published."),
        new(Rules.FileSkipped, Severity.Warning, "A file is not read: a FIFO, device or socket, a dangling symlink or a symlinked folder."),
        new(Rules.FileTooLarge, Severity.Error, "A text file is over the size limit and is not read."),
        new(Rules.FileEncoding, Severity.Warning, "A text file is not valid UTF-8, or is binary."),
        new(Rules.IncludeTooLarge, Severity.Error, "Includes expand a page beyond the size limit; the rest is not expanded."),
        new(Rules.LinkUnsafeScheme, Severity.Error, "A link, image or TOC href uses a scheme other than http, https or mailto (javascript:, data:, ...)."),
        new(Rules.LinkSiteExternal, Severity.Off, "A site-absolute link outside the docset's basePath: another product's documentation (off unless turned on)."),
        new(Rules.UiStringMissing, Severity.Warning, "The templates lack a UI string for a locale's language."),
        new(Rules.YamlPageUnsupported, Severity.Note, "A .yml file is not a YAML page PartnerDocs builds (unknown YamlMime type), or a key of one is not shown."),
        new(Rules.YamlPageInvalid, Severity.Error, "A Landing or FAQ page cannot be read or has a part of the wrong type."),
        new(BaselineStaleEntry, Severity.Note, "A baseline entry matches no finding any more and can be removed."),
    ];

    private static readonly Dictionary<string, RuleInfo> ById = All.ToDictionary(r => r.Id, StringComparer.Ordinal);

    public static RuleInfo? Find(string id) => ById.GetValueOrDefault(id);

    public static Severity DefaultSeverity(string id) => Find(id)?.DefaultSeverity ?? Severity.Warning;
}
