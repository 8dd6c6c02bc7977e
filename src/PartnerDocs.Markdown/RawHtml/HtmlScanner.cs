namespace PartnerDocs.Markdown.RawHtml;

/// <summary>An attribute of a raw HTML start tag; offsets are into the scanned string.</summary>
internal readonly record struct HtmlAttribute(string Tag, string Name, int NameStart, int ValueStart, int ValueLength);

/// <summary>A forgiving scan of raw HTML fragments: start-tag attributes and the text between tags.</summary>
internal static class HtmlScanner
{
    public static List<HtmlAttribute> Attributes(string text, int start, int end)
    {
        var result = new List<HtmlAttribute>();
        var i = start;
        while ((i = text.IndexOf('<', i, end - i)) >= 0)
        {
            if (SkipComment(text, ref i, end))
            {
                continue;
            }

            i++;
            if (i >= end || !char.IsAsciiLetter(text[i]))
            {
                continue;
            }

            var tagStart = i;
            while (i < end && (char.IsAsciiLetterOrDigit(text[i]) || text[i] == '-'))
            {
                i++;
            }

            var tag = text[tagStart..i];
            while (i < end)
            {
                while (i < end && char.IsWhiteSpace(text[i]))
                {
                    i++;
                }

                if (i >= end || text[i] is '>' or '<' || (text[i] == '/' && i + 1 < end && text[i + 1] == '>'))
                {
                    break;
                }

                var nameStart = i;
                while (i < end && !char.IsWhiteSpace(text[i]) && text[i] is not ('=' or '>' or '<' or '"' or '\''))
                {
                    i++;
                }

                if (i == nameStart)
                {
                    // A stray quote or '/': step over it.
                    i++;
                    continue;
                }

                var name = text[nameStart..i];
                var afterName = i;
                while (i < end && char.IsWhiteSpace(text[i]))
                {
                    i++;
                }

                if (i >= end || text[i] != '=')
                {
                    i = afterName;
                    continue;
                }

                i++;
                while (i < end && char.IsWhiteSpace(text[i]))
                {
                    i++;
                }

                int valueStart, valueEnd;
                if (i < end && text[i] is '"' or '\'')
                {
                    valueStart = i + 1;
                    valueEnd = text.IndexOf(text[i], valueStart, end - valueStart);
                    valueEnd = valueEnd < 0 ? end : valueEnd;
                    i = Math.Min(valueEnd + 1, end);
                }
                else
                {
                    valueStart = i;
                    while (i < end && !char.IsWhiteSpace(text[i]) && text[i] != '>')
                    {
                        i++;
                    }

                    valueEnd = i;
                }

                result.Add(new HtmlAttribute(tag, name, nameStart, valueStart, valueEnd - valueStart));
            }
        }

        return result;
    }

    /// <summary>Calls <paramref name="run"/> with the start and end of each stretch of text outside tags and comments.</summary>
    public static void TextRuns(string text, int start, int end, Action<int, int> run)
    {
        var i = start;
        while (i < end)
        {
            var open = text.IndexOf('<', i, end - i);
            var runEnd = open < 0 ? end : open;
            if (runEnd > i)
            {
                run(i, runEnd);
            }

            if (open < 0)
            {
                return;
            }

            i = open;
            if (!SkipComment(text, ref i, end))
            {
                var close = text.IndexOf('>', open, end - open);
                i = close < 0 ? end : close + 1;
            }
        }
    }

    private static bool SkipComment(string text, ref int i, int end)
    {
        if (string.CompareOrdinal(text, i, "<!--", 0, 4) != 0 || i + 4 > end)
        {
            return false;
        }

        var close = text.IndexOf("-->", i + 4, end - i - 4, StringComparison.Ordinal);
        i = close < 0 ? end : close + 3;
        return true;
    }

    public static bool IsUrlAttribute(string name) =>
        name.Equals("href", StringComparison.OrdinalIgnoreCase) || name.Equals("src", StringComparison.OrdinalIgnoreCase);
}
