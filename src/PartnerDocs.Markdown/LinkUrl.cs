namespace PartnerDocs.Markdown;

/// <summary>Splits link URLs the way both the checker and the renderer need them.</summary>
public static class LinkUrl
{
    public static bool IsExternal(string url) =>
        url.StartsWith("//", StringComparison.Ordinal) || HasScheme(url);

    public static string PathOf(string url)
    {
        var end = url.IndexOfAny(['?', '#']);
        return Decode(end < 0 ? url : url[..end]);
    }

    public static string? FragmentOf(string url)
    {
        var hash = url.IndexOf('#');
        return hash < 0 ? null : Decode(url[(hash + 1)..]);
    }

    /// <summary>Percent-decodes, leaving malformed escapes as written.</summary>
    public static string Decode(string text)
    {
        if (!text.Contains('%'))
        {
            return text;
        }

        try
        {
            return Uri.UnescapeDataString(text);
        }
        catch (UriFormatException)
        {
            return text;
        }
    }

    // "c:" would be a Windows drive, but docsets use relative '/' paths; any "letters:" prefix is a scheme.
    private static bool HasScheme(string url)
    {
        for (var i = 0; i < url.Length; i++)
        {
            var c = url[i];
            if (c == ':')
            {
                return i > 0;
            }

            if (!(char.IsAsciiLetterOrDigit(c) || c is '+' or '-' or '.') || (i == 0 && !char.IsAsciiLetter(c)))
            {
                return false;
            }
        }

        return false;
    }
}
