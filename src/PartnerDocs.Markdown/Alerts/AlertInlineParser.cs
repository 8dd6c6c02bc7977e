using Markdig.Helpers;
using Markdig.Parsers;
using Markdig.Syntax;

namespace PartnerDocs.Markdown.Alerts;

/// <summary>
/// Turns a blockquote whose first line is only [!KIND] into an <see cref="AlertBlock"/>.
/// Unlike Markdig's AlertInlineParser it also works in lists and nested blocks and only accepts the DocFX kinds.
/// </summary>
public sealed class AlertInlineParser : InlineParser
{
    private static readonly string[] Kinds = ["note", "tip", "important", "caution", "warning"];

    public AlertInlineParser() => OpeningCharacters = ['['];

    public override bool Match(InlineProcessor processor, ref StringSlice slice)
    {
        if (slice.PeekChar() != '!' ||
            processor.Block is not ParagraphBlock paragraph ||
            paragraph.Parent is not QuoteBlock quote ||
            quote is AlertBlock ||
            quote[0] != paragraph ||
            paragraph.Inline?.FirstChild is not null)
        {
            return false;
        }

        var text = slice.Text.AsSpan(slice.Start, slice.Length);
        var close = text.IndexOf(']');
        if (close < 3)
        {
            return false;
        }

        var kind = KindOf(text[2..close]);
        var rest = close + 1;
        while (rest < text.Length && text[rest] is ' ' or '\t')
        {
            rest++;
        }

        if (kind is null || (rest < text.Length && text[rest] is not ('\n' or '\r')))
        {
            return false;
        }

        if (rest < text.Length && text[rest] == '\r')
        {
            rest++;
        }

        if (rest < text.Length && text[rest] == '\n')
        {
            rest++;
        }

        slice.Start += rest;
        var alert = new AlertBlock(quote.Parser, kind) { Span = quote.Span, Line = quote.Line, Column = quote.Column };
        quote.ReplaceBy(alert);
        processor.ReplaceParentContainer(quote, alert);
        return true;
    }

    // A loop, not Array.Find with a lambda: Match allocated the lambda's closure on every call, at every '[' of every paragraph.
    private static string? KindOf(ReadOnlySpan<char> marker)
    {
        foreach (var kind in Kinds)
        {
            if (marker.Equals(kind, StringComparison.OrdinalIgnoreCase))
            {
                return kind;
            }
        }

        return null;
    }
}
