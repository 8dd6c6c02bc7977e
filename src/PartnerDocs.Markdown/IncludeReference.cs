using PartnerDocs.Diagnostics;

namespace PartnerDocs.Markdown;

/// <summary>[!INCLUDE[title](path)] as written, block or inline.</summary>
public sealed record IncludeReference(string Title, string Path, bool IsBlock, SourceLocation Location);
