using PartnerDocs.Diagnostics;
using PartnerDocs.Paths;

namespace PartnerDocs.Markdown;

/// <summary>A link, image or raw-HTML href found in a Markdown file, with its exact position.</summary>
public readonly record struct LinkReference(string Url, LinkKind Kind, SourceLocation Location)
{
    /// <summary>What the URL points at, resolved when the engine that parsed it has a <see cref="ReferenceResolver"/>.</summary>
    public Reference? Resolved { get; init; }

    /// <summary>The path part (no query or fragment), percent-decoded; empty for a same-page "#x" link.</summary>
    public string Path => UrlParts.PathOf(Url);

    /// <summary>False for a same-page link ("#x", "?q"): <see cref="Path"/> is empty, known without decoding it.</summary>
    public bool HasPath => UrlParts.PathEnd(Url) > 0;

    /// <summary>The fragment without '#', percent-decoded, or null.</summary>
    public string? Fragment => UrlParts.FragmentOf(Url);

    /// <summary>True for http:, mailto:, //host and other absolute URLs that are not checked as files.</summary>
    public bool IsExternal => UrlParts.IsAbsolute(Url);
}
