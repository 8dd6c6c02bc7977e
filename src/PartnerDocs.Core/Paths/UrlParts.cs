namespace PartnerDocs.Paths;

/// <summary>Splits a URL as written into its path, query and fragment; the path with '\' read as '/', both percent-decoded.</summary>
public static class UrlParts
{
    /// <summary>Where the query or fragment starts, or the length when there is neither.</summary>
    public static int PathEnd(string url)
    {
        var end = url.AsSpan().IndexOfAny('?', '#');
        return end < 0 ? url.Length : end;
    }

    /// <summary>The path part, percent-decoded, with backslashes read as slashes (DocFX accepts both).</summary>
    public static string PathOf(string url) => Decode(url[..PathEnd(url)]).Replace('\\', '/');

    /// <summary>The fragment without '#', percent-decoded, or null.</summary>
    public static string? FragmentOf(string url)
    {
        var hash = url.IndexOf('#');
        return hash < 0 ? null : Decode(url[(hash + 1)..]);
    }

    /// <summary>True for "//host" and any "scheme:" URL.</summary>
    public static bool IsAbsolute(string url) => url.StartsWith("//", StringComparison.Ordinal) || UrlPolicy.SchemeOf(url) is not null;

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
}
