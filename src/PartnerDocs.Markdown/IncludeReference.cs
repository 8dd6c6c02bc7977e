using PartnerDocs.Diagnostics;
using PartnerDocs.Paths;

namespace PartnerDocs.Markdown;

/// <summary>[!INCLUDE[title](path)] as written, block or inline.</summary>
public sealed record IncludeReference(string Title, string Path, bool IsBlock, SourceLocation Location)
{
    /// <summary>The included file, resolved when the engine that parsed it has a <see cref="ReferenceResolver"/>.</summary>
    public Reference? Resolved { get; init; }
}
