using Markdig.Parsers;
using Markdig.Syntax;

namespace PartnerDocs.Markdown.Alerts;

/// <summary>A blockquote that starts with [!NOTE], [!TIP], [!IMPORTANT], [!CAUTION] or [!WARNING].</summary>
public sealed class AlertBlock(BlockParser? parser, string kind) : QuoteBlock(parser)
{
    /// <summary>The lowercase kind: note, tip, important, caution or warning.</summary>
    public string Kind { get; } = kind;
}
