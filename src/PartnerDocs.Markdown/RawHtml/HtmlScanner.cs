namespace PartnerDocs.Markdown.RawHtml;

/// <summary>An attribute of a raw HTML start tag; offsets are into the scanned string.</summary>
internal readonly record struct HtmlAttribute(string Tag, string Name, int NameStart, int ValueStart, int ValueLength);

/// <summary>A forgiving scan of raw HTML fragments: start-tag attributes and the text between tags.</summary>
internal static class HtmlScanner
{
    // Tag and attribute names that docs write over and over: shared, not copied out of every tag.
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> CommonNames = new HashSet<string>(
        ["a", "name", "id", "href", "src", "alt", "title", "class", "style", "target", "rel", "width", "height", "div", "span", "img",
         "br", "p", "b", "i", "em", "strong", "code", "pre", "ul", "ol", "li", "table", "tr", "td", "th", "sup", "sub", "kbd", "iframe", "video"],
        StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Fills <paramref name="result"/> (emptied first) with the attributes of every start tag in the range.</summary>
    public static List<HtmlAttribute> Attributes(string text, int start, int end, List<HtmlAttribute> result)
    {
        result.Clear();
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

            var tag = NameOf(text.AsSpan(tagStart, i - tagStart));
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

                var name = NameOf(text.AsSpan(nameStart, i - nameStart));
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

    // Elements whose content is text to the HTML parser, not tags.
    private static readonly string[] RawTextElements = ["script", "style", "textarea", "title", "xmp", "iframe", "noembed", "noframes", "noscript"];

    /// <summary>Fills <paramref name="tags"/> (emptied first) with the offsets of each start tag ("&lt;name ...&gt;", quoted values respected), skipping comments and script-like content.</summary>
    public static List<(int Start, int End)> StartTags(string text, int start, int end, List<(int Start, int End)> tags)
    {
        tags.Clear();
        var i = start;
        while (i < end && (i = text.IndexOf('<', i, end - i)) >= 0)
        {
            if (SkipComment(text, ref i, end))
            {
                continue;
            }

            if (i + 1 >= end || !char.IsAsciiLetter(text[i + 1]))
            {
                i++;
                continue;
            }

            var close = TagEnd(text, i + 1, end);
            if (close < 0)
            {
                break;
            }

            tags.Add((i, close + 1));
            i = SkipRawText(text, i + 1, close + 1, end);
        }

        return tags;
    }

    private static int TagEnd(string text, int i, int end)
    {
        var quote = '\0';
        for (; i < end; i++)
        {
            var c = text[i];
            if (quote != '\0')
            {
                quote = c == quote ? '\0' : quote;
            }
            else if (c is '"' or '\'' && text[i - 1] == '=')
            {
                quote = c;
            }
            else if (c == '>')
            {
                return i;
            }
        }

        return -1;
    }

    private static int SkipRawText(string text, int nameStart, int afterTag, int end)
    {
        foreach (var name in RawTextElements)
        {
            var nameEnd = nameStart + name.Length;
            if (nameEnd < end && string.Compare(text, nameStart, name, 0, name.Length, StringComparison.OrdinalIgnoreCase) == 0 && !char.IsAsciiLetterOrDigit(text[nameEnd]))
            {
                var closing = text.IndexOf("</" + name, afterTag, end - afterTag, StringComparison.OrdinalIgnoreCase);
                return closing < 0 ? end : closing;
            }
        }

        return afterTag;
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

    public static bool IsUrlAttribute(ReadOnlySpan<char> name) =>
        name.Equals("href", StringComparison.OrdinalIgnoreCase) || name.Equals("src", StringComparison.OrdinalIgnoreCase);

    private static string NameOf(ReadOnlySpan<char> name) => CommonNames.TryGetValue(name, out var common) ? common : name.ToString();
}
