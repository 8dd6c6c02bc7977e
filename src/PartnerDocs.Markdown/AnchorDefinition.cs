using PartnerDocs.Diagnostics;

namespace PartnerDocs.Markdown;

public enum AnchorKind
{
    /// <summary>An id generated from heading text.</summary>
    Heading,
    /// <summary>An explicit heading id: ## Title {#id}.</summary>
    HeadingAttribute,
    /// <summary>&lt;a name="x"&gt; in raw HTML.</summary>
    HtmlName,
    /// <summary>id="x" on any raw HTML element.</summary>
    HtmlId,
}

/// <summary>A fragment target that a link can point at.</summary>
public readonly record struct AnchorDefinition(string Id, AnchorKind Kind, SourceLocation Location);
