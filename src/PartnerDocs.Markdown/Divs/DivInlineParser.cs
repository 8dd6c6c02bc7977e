using Markdig.Helpers;
using Markdig.Parsers;
using Markdig.Syntax;

namespace PartnerDocs.Markdown.Divs;

/// <summary>Turns a blockquote whose first line is <c>[!div class="..."]</c> (after '&gt;' with or without a space) into a <see cref="DivBlock"/>.</summary>
public sealed class DivInlineParser : InlineParser
{
    private const string Marker = "[!div";

    public DivInlineParser() => OpeningCharacters = ['['];

    public override bool Match(InlineProcessor processor, ref StringSlice slice)
    {
        if (processor.Block is not ParagraphBlock paragraph ||
            paragraph.Parent is not QuoteBlock quote ||
            quote is DivBlock or Alerts.AlertBlock ||
            quote[0] != paragraph ||
            paragraph.Inline?.FirstChild is not null ||
            string.Compare(slice.Text, slice.Start, Marker, 0, Marker.Length, StringComparison.OrdinalIgnoreCase) != 0)
        {
            return false;
        }

        var lineEnd = slice.Text.IndexOfAny(['\r', '\n'], slice.Start, slice.Length);
        lineEnd = lineEnd < 0 ? slice.End + 1 : lineEnd;
        var attributes = new Dictionary<string, DirectiveAttribute>(StringComparer.OrdinalIgnoreCase);
        var close = slice.Text.LastIndexOf(']', lineEnd - 1, lineEnd - slice.Start);
        if (close < 0 || !slice.Text.AsSpan(close + 1, lineEnd - close - 1).IsWhiteSpace() ||
            TripleColon.ParseAttributes(slice.Text[..close] + ":::", slice.Start + Marker.Length, close + 3, attributes) < 0 ||
            !attributes.TryGetValue("class", out var classAttribute))
        {
            return false;
        }

        var classes = classAttribute.Value.Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Where(c => c.All(ch => char.IsAsciiLetterOrDigit(ch) || ch is '-' or '_')).ToList();
        var rest = lineEnd;
        if (rest < slice.Text.Length && slice.Text[rest] == '\r')
        {
            rest++;
        }

        if (rest < slice.Text.Length && slice.Text[rest] == '\n')
        {
            rest++;
        }

        slice.Start = Math.Min(rest, slice.End + 1);
        var div = new DivBlock(quote.Parser, classes) { Span = quote.Span, Line = quote.Line, Column = quote.Column };
        quote.ReplaceBy(div);
        processor.ReplaceParentContainer(quote, div);
        return true;
    }
}
