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
        // Every URL of every topic comes through here, most of them relative: nothing is copied before a ':' ends a scheme.
        var start = -1;
        var length = 0; // the scheme's characters so far, tabs and newlines not counted
        for (var i = 0; i < url.Length; i++)
        {
            var c = url[i];
            if (start < 0)
            {
                if (c <= ' ')
                {
                    continue;
                }

                start = i;
            }

            if (c is '\t' or '\n' or '\r')
            {
                continue;
            }

            if (c == ':')
            {
                return length > 0 ? Lowercase(url.AsSpan(start, i - start), length) : null;
            }

            var valid = length == 0 ? char.IsAsciiLetter(c) : char.IsAsciiLetterOrDigit(c) || c is '+' or '-' or '.';
            if (!valid)
            {
                return null;
            }

            length++;
        }

        return null;
    }

    // The scheme as written (tabs and newlines inside dropped) in lowercase; an allowed one as the shared string.
    private static string Lowercase(ReadOnlySpan<char> written, int length)
    {
        Span<char> scheme = length <= 256 ? stackalloc char[length] : new char[length];
        var at = 0;
        foreach (var c in written)
        {
            if (c is not ('\t' or '\n' or '\r'))
            {
                scheme[at++] = char.ToLowerInvariant(c);
            }
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
