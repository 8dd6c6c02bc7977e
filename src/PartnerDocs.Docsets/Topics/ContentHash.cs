using System.Buffers;
using System.Security.Cryptography;
using System.Text;

namespace PartnerDocs.Topics;

/// <summary>A short, stable hash of Markdown text that ignores line-ending and trailing-space noise.</summary>
public static class ContentHash
{
    // What string.ReplaceLineEndings treats as a line end (CRLF is a CR then an LF, read as one). Searching for the
    // non-ASCII ones is several times slower, so text without them (nearly all) is searched for the ASCII ones only.
    private static readonly SearchValues<char> AllLineEnds = SearchValues.Create("\r\n\f\u0085\u2028\u2029");
    private static readonly SearchValues<char> AsciiLineEnds = SearchValues.Create("\r\n\f");

    /// <summary>
    /// The hash of the text with every line end made "\n", each line's trailing whitespace removed and the whole trimmed,
    /// as UTF-8: a contract (translations record it), so it is computed in one pass over a pooled buffer, never changed.
    /// </summary>
    public static string Of(string markdown)
    {
        var chars = ArrayPool<char>.Shared.Rent(Math.Max(markdown.Length, 1));
        try
        {
            var normalized = Normalize(markdown, chars);
            var bytes = ArrayPool<byte>.Shared.Rent(Encoding.UTF8.GetMaxByteCount(normalized.Length));
            try
            {
                var length = Encoding.UTF8.GetBytes(normalized, bytes);
                Span<byte> digest = stackalloc byte[SHA256.HashSizeInBytes];
                SHA256.HashData(bytes.AsSpan(0, length), digest);
                return Convert.ToHexStringLower(digest[..8]);
            }
            finally
            {
                ArrayPool<byte>.Shared.Return(bytes);
            }
        }
        finally
        {
            ArrayPool<char>.Shared.Return(chars);
        }
    }

    // Lines joined with "\n", each without trailing whitespace, then the whole trimmed of whitespace.
    private static ReadOnlySpan<char> Normalize(string markdown, char[] buffer)
    {
        var text = markdown.AsSpan();
        var lineEnds = text.IndexOfAny('\u0085', '\u2028', '\u2029') < 0 ? AsciiLineEnds : AllLineEnds;
        var length = 0;
        while (true)
        {
            var end = text.IndexOfAny(lineEnds);
            var line = (end < 0 ? text : text[..end]).TrimEnd();
            line.CopyTo(buffer.AsSpan(length));
            length += line.Length;
            if (end < 0)
            {
                break;
            }

            buffer[length++] = '\n';
            var next = text[end] == '\r' && end + 1 < text.Length && text[end + 1] == '\n' ? end + 2 : end + 1;
            text = text[next..];
        }

        return buffer.AsSpan(0, length).Trim();
    }
}
