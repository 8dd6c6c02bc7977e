namespace PartnerDocs.Paths;

/// <summary>
/// The one URL policy for links, images, TOC hrefs and raw-HTML href/src: http, https and mailto are the only schemes a
/// page may carry; anything else (javascript:, vbscript:, data:, file:, ...) is unsafe.
/// </summary>
public static class UrlPolicy
{
    public static IReadOnlyList<string> AllowedSchemes { get; } = ["http", "https", "mailto"];

    /// <summary>
    /// The lowercase scheme of <paramref name="url"/> as a browser reads it (leading spaces and control characters skipped,
    /// tabs and newlines inside ignored, so "java&#9;script:" is javascript:), or null for a relative URL.
    /// </summary>
    public static string? SchemeOf(string url)
    {
        // Every URL of every topic comes through here, most of them relative: the scheme is gathered without allocating.
        Span<char> scheme = url.Length <= 256 ? stackalloc char[url.Length] : new char[url.Length];
        var length = 0;
        var started = false;
        foreach (var c in url)
        {
            if (!started && c <= ' ')
            {
                continue;
            }

            started = true;
            if (c is '\t' or '\n' or '\r')
            {
                continue;
            }

            if (c == ':')
            {
                return length > 0 ? Lowercase(scheme[..length]) : null;
            }

            var valid = length == 0 ? char.IsAsciiLetter(c) : char.IsAsciiLetterOrDigit(c) || c is '+' or '-' or '.';
            if (!valid)
            {
                return null;
            }

            scheme[length++] = c;
        }

        return null;
    }

    // The scheme in lowercase; an allowed one as the shared string.
    private static string Lowercase(Span<char> scheme)
    {
        for (var i = 0; i < scheme.Length; i++)
        {
            scheme[i] = char.ToLowerInvariant(scheme[i]);
        }

        foreach (var allowed in AllowedSchemes)
        {
            if (scheme.SequenceEqual(allowed))
            {
                return allowed;
            }
        }

        return new string(scheme);
    }

    /// <summary>True when the URL names a scheme outside <see cref="AllowedSchemes"/>.</summary>
    public static bool IsUnsafe(string url) => SchemeOf(url) is { } scheme && !AllowedSchemes.Contains(scheme);
}
