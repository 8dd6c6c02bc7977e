namespace PartnerDocs.Markdown.RawHtml;

/// <summary>Finds [text](url) written in raw HTML, where CommonMark leaves it as literal brackets.</summary>
internal static class MarkdownInHtml
{
    public static void FindLinks(string text, int start, int end, List<int> offsets) =>
        HtmlScanner.TextRuns(text, start, end, (runStart, runEnd) =>
        {
            var i = runStart;
            while ((i = text.IndexOf('[', i, runEnd - i)) >= 0)
            {
                var close = text.IndexOf("](", i + 1, runEnd - i - 1, StringComparison.Ordinal);
                var lineEnd = text.IndexOfAny(['\n', '\r'], i, runEnd - i);
                var paren = close < 0 ? -1 : text.IndexOf(')', close + 2, runEnd - close - 2);
                if (close < 0 || paren < 0 || (lineEnd >= 0 && lineEnd < paren))
                {
                    i++;
                    continue;
                }

                offsets.Add(i > runStart && text[i - 1] == '!' ? i - 1 : i);
                i = paren + 1;
            }
        });
}
