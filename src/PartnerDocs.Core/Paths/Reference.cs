namespace PartnerDocs.Paths;

/// <summary>What a reference written in a docset file points at, decided once at load time.</summary>
public enum ReferenceKind
{
    /// <summary>An empty URL.</summary>
    Empty,
    /// <summary>http:, https:, mailto: or //host: another site.</summary>
    External,
    /// <summary>A scheme outside <see cref="UrlPolicy.AllowedSchemes"/> (javascript:, data:, ...): never published as a link.</summary>
    Unsafe,
    /// <summary>A site-absolute path ("/azure/...") outside the docset's published path: another product's documentation.</summary>
    SiteExternal,
    /// <summary>"#anchor" on the same page.</summary>
    AnchorOnly,
    /// <summary>A file of the docset: <see cref="Reference.Target"/> is its docset path.</summary>
    Internal,
    /// <summary>A relative path that climbs above the docset root.</summary>
    OutsideDocset,
}

/// <summary>A URL as written in <see cref="From"/>, resolved: kind, docset target path (for internal ones) and fragment.</summary>
/// <param name="Target">Docset path of the file named, for <see cref="ReferenceKind.Internal"/>; a trailing '/' names a folder.</param>
public readonly record struct Reference(string Url, string From, ReferenceKind Kind, string? Target, string? Fragment)
{
    public bool IsInternal => Kind == ReferenceKind.Internal;

    /// <summary>The URL's path part as written (no query or fragment).</summary>
    public string PathAsWritten => Url[..UrlParts.PathEnd(Url)];
}
