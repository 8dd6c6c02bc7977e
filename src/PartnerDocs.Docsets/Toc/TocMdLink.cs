namespace PartnerDocs.Toc;

/// <summary>The one link a TOC.md heading holds.</summary>
/// <param name="Href">The destination as written, without its &lt;&gt; or link title; null when the link has none.</param>
/// <param name="End">Index just past the closing ')'.</param>
internal sealed record TocMdLink(string Title, string? Href, int End)
{
    /// <summary>Reads <c>[Title](href "title")</c> starting at the '[' at <paramref name="start"/>.</summary>
    /// <param name="report">Receives each problem with the 0-based index it points at.</param>
    /// <returns>The link, or null when it is too broken to read.</returns>
    public static TocMdLink? Read(string text, int start, Action<int, string> report)
    {
        var closeBracket = FindClosingBracket(text, start);
        if (closeBracket < 0)
        {
            report(start, "'[' is never closed: add ']' after the entry's title");
            return null;
        }

        var open = closeBracket + 1;
        if (open >= text.Length || text[open] != '(')
        {
            report(open, "expected '(' right after ']', as in [Title](page.md)");
            return null;
        }

        var position = SkipSpaces(text, open + 1);
        string href;
        if (position < text.Length && text[position] == '<')
        {
            var closeAngle = FindUnescaped(text, position + 1, '>');
            if (closeAngle < 0)
            {
                report(position, "'<' is never closed: add '>' after the page");
                return null;
            }

            href = text[(position + 1)..closeAngle];
            position = closeAngle + 1;
        }
        else
        {
            var hrefEnd = FindDestinationEnd(text, position);
            href = text[position..hrefEnd];
            position = hrefEnd;
        }

        position = SkipSpaces(text, position);
        if (position < text.Length && text[position] is '"' or '\'' or '(')
        {
            var closeTitle = FindUnescaped(text, position + 1, text[position] == '(' ? ')' : text[position]);
            if (closeTitle < 0)
            {
                report(position, $"the link title opened with {text[position]} is never closed");
                return null;
            }

            position = SkipSpaces(text, closeTitle + 1);
        }

        if (position >= text.Length || text[position] != ')')
        {
            if (text.IndexOf(')', position) < 0)
            {
                report(open, "'(' is never closed: add ')' after the page");
            }
            else
            {
                report(position, $"unexpected '{text[position]}' inside the link's parentheses; write a page name that has spaces as <my page.md>");
            }

            return null;
        }

        var title = Unescape(text[(start + 1)..closeBracket]).Trim();
        if (title.Length == 0)
        {
            report(start, "the link has no title: write the entry's title between '[' and ']'");
        }

        href = href.Trim();
        if (href.Length == 0)
        {
            report(open, "the link has no page: write the page between '(' and ')', as in [Title](page.md)");
        }

        return new TocMdLink(title, href.Length == 0 ? null : href, position + 1);
    }

    /// <summary>True when plain heading text still holds link syntax ("](") outside escapes: a link with a misplaced or missing '['.</summary>
    public static bool LooksLikeLink(string text)
    {
        for (var i = 0; i < text.Length - 1; i++)
        {
            if (text[i] == '\\')
            {
                i++;
            }
            else if (text[i] == ']' && text[i + 1] == '(')
            {
                return true;
            }
        }

        return false;
    }

    // Link text may nest balanced brackets ("[a [b] c]") and escape them ("\]").
    private static int FindClosingBracket(string text, int start)
    {
        var depth = 0;
        for (var i = start; i < text.Length; i++)
        {
            if (text[i] == '\\')
            {
                i++;
            }
            else if (text[i] == '[')
            {
                depth++;
            }
            else if (text[i] == ']' && --depth == 0)
            {
                return i;
            }
        }

        return -1;
    }

    // A bare destination ends at whitespace or at the ')' that balances the link's '('.
    private static int FindDestinationEnd(string text, int start)
    {
        var depth = 0;
        for (var i = start; i < text.Length; i++)
        {
            if (text[i] == '\\')
            {
                i++;
            }
            else if (text[i] is ' ' or '\t' || text[i] == ')' && depth == 0)
            {
                return i;
            }
            else if (text[i] == '(')
            {
                depth++;
            }
            else if (text[i] == ')')
            {
                depth--;
            }
        }

        return text.Length;
    }

    private static int FindUnescaped(string text, int start, char target)
    {
        for (var i = start; i < text.Length; i++)
        {
            if (text[i] == '\\')
            {
                i++;
            }
            else if (text[i] == target)
            {
                return i;
            }
        }

        return -1;
    }

    internal static int SkipSpaces(string text, int position)
    {
        while (position < text.Length && text[position] is ' ' or '\t')
        {
            position++;
        }

        return position;
    }

    // CommonMark: a backslash before ASCII punctuation yields the punctuation itself.
    private static string Unescape(string text)
    {
        if (!text.Contains('\\'))
        {
            return text;
        }

        var result = new System.Text.StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '\\' && i + 1 < text.Length && IsAsciiPunctuation(text[i + 1]))
            {
                i++;
            }

            result.Append(text[i]);
        }

        return result.ToString();
    }

    private static bool IsAsciiPunctuation(char c) => char.IsAscii(c) && (char.IsPunctuation(c) || char.IsSymbol(c));
}
