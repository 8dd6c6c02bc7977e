namespace PartnerDocs.Diagnostics;

/// <summary>Stable rule ids (a contract: CI baselines and SARIF consumers key on them).</summary>
public static class Rules
{
    public const string ConfigInvalid = "config.invalid";
    public const string TocSyntax = "toc.syntax";
    public const string TocTargetMissing = "toc.target-missing";
    public const string TocDuplicateEntry = "toc.duplicate-entry";
    public const string TocCycle = "toc.cycle";
    public const string TocUnreadable = "toc.unreadable";
    public const string LinkTargetMissing = "link.target-missing";
    public const string LinkAnchorMissing = "link.anchor-missing";
    public const string LinkOutsideDocset = "link.outside-docset";
    public const string LinkInRawHtml = "link.in-raw-html";
    public const string ImageTargetMissing = "image.target-missing";
    public const string ImageFallback = "image.fallback";
    public const string IncludeTargetMissing = "include.target-missing";
    public const string IncludeCycle = "include.cycle";
    public const string FrontMatterInvalid = "frontmatter.invalid";
    public const string FrontMatterMissingTitle = "frontmatter.missing-title";
    public const string TopicOrphan = "topic.orphan";
    public const string TopicUnreadable = "topic.unreadable";
    public const string ParityTopicMissing = "parity.topic-missing";
    public const string ParityTopicExtra = "parity.topic-extra";
    public const string ParityTocMismatch = "parity.toc-mismatch";
    public const string ParityLinkMismatch = "parity.link-mismatch";
    public const string ParityAnchorMissing = "parity.anchor-missing";
    public const string ParityStale = "parity.stale";
    public const string ParityUntranslated = "parity.untranslated";
    public const string FileOutsideDocset = "file.outside-docset";
    public const string FileSkipped = "file.skipped";
    public const string FileTooLarge = "file.too-large";
    public const string FileEncoding = "file.encoding";
    public const string IncludeTooLarge = "include.too-large";
    public const string LinkUnsafeScheme = "link.unsafe-scheme";
    public const string LinkSiteExternal = "link.site-external";
    public const string UiStringMissing = "ui.string-missing";
    public const string YamlPageUnsupported = "yamlpage.unsupported";
    public const string YamlPageInvalid = "yamlpage.invalid";
    public const string MarkdownTooDeep = "markdown.too-deep";
    public const string HtmlDisallowed = "html.disallowed";
}
