using PartnerDocs.Paths;

namespace PartnerDocs.Markdown.RawHtml;

/// <summary>
/// A strict proof that raw HTML is already inside the docs allow-list, so it can skip <see cref="DocsHtmlSanitizer"/>
/// (an AngleSharp parse per page): allow-listed tags written plainly, attributes from a subset that carries no CSS and no
/// URL except href/src values that are relative or plain http(s)/mailto, double- or single-quoted values without '&amp;',
/// no comments or declarations, and no '&lt;' in text. Whatever it cannot prove goes through the sanitizer.
/// </summary>
public static class AllowListedHtml
{
    // Allow-listed attributes whose values are neither URLs nor CSS.
    private static readonly HashSet<string> PlainAttributes = new(
        [
            "abbr", "align", "alt", "aria-describedby", "aria-hidden", "aria-label", "aria-labelledby", "border", "cellpadding",
            "cellspacing", "class", "colspan", "dir", "headers", "height", "id", "lang", "name", "nowrap", "open", "rel",
            "reversed", "role", "rowspan", "scope", "span", "start", "target", "title", "type", "valign", "width",
        ],
        StringComparer.OrdinalIgnoreCase);

    private static readonly HashSet<string> VoidElements = new(["br", "col", "hr", "img", "input", "source", "track", "wbr"], StringComparer.OrdinalIgnoreCase);

    // Names are looked up as spans of the HTML: checking a tag copies nothing out of it.
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> PlainAttributeNames = PlainAttributes.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Whether one start tag ("&lt;a name=\"x\"&gt;") is provably allowed as written.</summary>
    public static bool IsAllowedStartTag(ReadOnlySpan<char> tag)
    {
        var i = 0;
        return tag.StartsWith('<') && ReadTag(tag, ref i, out _, out var closing, out _) && !closing && i == tag.Length;
    }

    /// <summary>
    /// Checks one raw HTML fragment written into a page, keeping the open tags on <paramref name="open"/> so the whole page's
    /// raw tags must balance; <paramref name="owner"/> is the paragraph (inline container) of an inline fragment, null for
    /// a block, so an inline tag never closes across paragraphs or closes a block's tag. False when it cannot prove it.
    /// </summary>
    public static bool TryAdd(string html, object? owner, Stack<(string Name, object? Owner)> open)
    {
        var i = 0;
        while (i < html.Length)
        {
            var lt = html.IndexOf('<', i);
            if (lt < 0)
            {
                return true;
            }

            i = lt;
            if (!ReadTag(html, ref i, out var name, out var closing, out var selfClosed))
            {
                return false;
            }

            var isVoid = VoidElements.Contains(name);
            if (closing)
            {
                if (isVoid || open.Count == 0 || !open.Peek().Name.Equals(name, StringComparison.OrdinalIgnoreCase) || open.Peek().Owner != owner)
                {
                    return false;
                }

                open.Pop();
            }
            else if (!isVoid)
            {
                // "<a/>" does not close an <a> in HTML; and a new tag must not open inside another paragraph's open inline tag.
                if (selfClosed || (open.Count > 0 && open.Peek().Owner is { } top && top != owner))
                {
                    return false;
                }

                open.Push((name, owner));
            }
        }

        return true;
    }

    // Reads "<name attr="value" ...>" or "</name>" at html[i] ('<'), leaving i after '>'.
    // The name given back is the allow-list's own string for it.
    private static bool ReadTag(ReadOnlySpan<char> html, ref int i, out string name, out bool closing, out bool selfClosed)
    {
        name = "";
        selfClosed = false;
        closing = i + 1 < html.Length && html[i + 1] == '/';
        i += closing ? 2 : 1;
        var nameStart = i;
        while (i < html.Length && char.IsAsciiLetterOrDigit(html[i]))
        {
            i++;
        }

        if (i == nameStart || !char.IsAsciiLetter(html[nameStart]))
        {
            return false;
        }

        if (!DocsHtmlSanitizer.AllowedTagNames.TryGetValue(html[nameStart..i], out var allowed))
        {
            return false;
        }

        name = allowed;

        while (true)
        {
            var spaced = SkipSpace(html, ref i);
            if (i >= html.Length)
            {
                return false;
            }

            if (html[i] == '>')
            {
                i++;
                return true;
            }

            if (html[i] == '/' && !closing && i + 1 < html.Length && html[i + 1] == '>')
            {
                selfClosed = true;
                i += 2;
                return true;
            }

            if (closing || !spaced || !ReadAttribute(html, ref i))
            {
                return false;
            }
        }
    }

    private static bool ReadAttribute(ReadOnlySpan<char> html, ref int i)
    {
        var nameStart = i;
        while (i < html.Length && (char.IsAsciiLetter(html[i]) || html[i] == '-'))
        {
            i++;
        }

        var name = html[nameStart..i];
        var isUrl = HtmlScanner.IsUrlAttribute(name);
        if (!isUrl && !PlainAttributeNames.Contains(name))
        {
            return false;
        }

        if (i >= html.Length || html[i] != '=')
        {
            return !isUrl && i < html.Length && (char.IsWhiteSpace(html[i]) || html[i] is '>' or '/');
        }

        i++;
        if (i >= html.Length || html[i] is not ('"' or '\''))
        {
            return false;
        }

        var valueStart = i + 1;
        var length = html[valueStart..].IndexOf(html[i]);
        if (length < 0)
        {
            return false;
        }

        var value = html.Slice(valueStart, length);
        i = valueStart + length + 1;
        return value.IndexOfAny('&', '<', '>') < 0 && (!isUrl || IsPlainUrl(value));
    }

    // Relative (no ':' at all) or an allowed scheme written plainly, with nothing a browser or the sanitizer would read differently.
    private static bool IsPlainUrl(ReadOnlySpan<char> url)
    {
        foreach (var c in url)
        {
            if (c <= ' ' || c is '"' or '\'' or '\\' or '`' || char.IsControl(c))
            {
                return false;
            }
        }

        var colon = url.IndexOf(':');
        return colon < 0 || (UrlPolicy.SchemeOf(url.ToString()) is { } scheme && UrlPolicy.AllowedSchemes.Contains(scheme) && url[..colon].Equals(scheme, StringComparison.Ordinal));
    }

    private static bool SkipSpace(ReadOnlySpan<char> html, ref int i)
    {
        var start = i;
        while (i < html.Length && html[i] is ' ' or '\n' or '\t' or '\r')
        {
            i++;
        }

        return i > start;
    }
}
