namespace PartnerDocs.Markdown.RawHtml;

/// <summary>What the site does with raw HTML written in Markdown (<c>rawHtml:</c> in partnerdocs.yml).</summary>
public enum RawHtmlPolicy
{
    /// <summary>The default: pages keep only the docs allow-list (<see cref="DocsHtmlSanitizer"/>); check reports what goes as html.disallowed.</summary>
    Sanitize,

    /// <summary>The docset's raw HTML is published as written (scripts included); for docsets whose every author is trusted.</summary>
    Trusted,
}
