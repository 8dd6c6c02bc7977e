namespace PartnerDocs.Markdown.Limits;

/// <summary>How deep Markdown may nest before PartnerDocs shows it as plain text (a contract: the README lists these).</summary>
public static class MarkdownLimits
{
    /// <summary>
    /// Block nesting of one line: each '>' and each list marker in its prefix is a level, and so are every two columns of indentation (a nested list level). Markdig gives up at about 128 containers and slows down quadratically on deep prefixes long before that.
    /// </summary>
    public const int MaxLineDepth = 32;

    /// <summary>The same count inside fenced code, where deep indentation is text, but megabytes of it are still an attack.</summary>
    public const int MaxFencedLineDepth = 128;

    /// <summary>
    /// Blocks and inlines of a parsed file nested in one another (e.g. emphasis in a link in a list item): Markdig's
    /// renderer stops at 128, and included files add their depth to the page's, so a file keeps to half of that.
    /// </summary>
    public const int MaxTreeDepth = 64;
}
