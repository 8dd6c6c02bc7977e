using System.Runtime.CompilerServices;
using PartnerDocs.Search.Text;

namespace PartnerDocs.Search;

/// <summary>lunr's tokenizer: lowercases the value and splits it on JS whitespace and <c>-</c>.</summary>
public static class Tokenizer
{
    /// <summary>Lowercases <paramref name="value"/> as JavaScript does; token positions refer to this string.</summary>
    public static string Normalize(string value) => JsLowerCase.ToLower(value);

    /// <summary>
    /// The tokens of a string, as [start, length) ranges in UTF-16 code units. Lowercasing neither makes nor removes a
    /// separator, so a string and its lowercased form split into the same tokens (at the same places unless an İ grew).
    /// </summary>
    public static TokenEnumerator Tokens(string text) => new(text);

    // The separators below U+0040 ('\t'..'\r', ' ', '-') as bits: one shift tests the common ASCII case.
    private const ulong AsciiSeparators = 0b11111UL << '\t' | 1UL << ' ' | 1UL << '-';

    // '-' and JavaScript's \s (not U+0085 or U+200B, unlike .NET's char.IsWhiteSpace).
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool IsSeparator(char c) => c < 64 ? (AsciiSeparators >> c & 1) != 0 : c >= '\u00A0' && IsNonAsciiSeparator(c);

    private static bool IsNonAsciiSeparator(char c) =>
        c is '\u00A0' or '\u1680' or >= '\u2000' and <= '\u200A' or '\u2028' or '\u2029' or '\u202F' or '\u205F' or '\u3000' or '\uFEFF';

    /// <summary>An ordinal hash of a token's characters (FNV-1a over UTF-16 code units), the one <see cref="TokenEnumerator.Hash"/> gives.</summary>
    public static int HashOf(ReadOnlySpan<char> token)
    {
        var hash = HashSeed;
        foreach (var c in token)
            hash = AddToHash(hash, c);
        return hash;
    }

    private const int HashSeed = unchecked((int)2166136261);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int AddToHash(int hash, char c) => (hash ^ c) * 16777619;

    /// <summary>Enumerates token ranges without allocating.</summary>
    public struct TokenEnumerator(string text)
    {
        private int _next;

        /// <summary>The current token.</summary>
        public Range Current { get; private set; }

        /// <summary>The current token's <see cref="HashOf"/>, computed while scanning it.</summary>
        public int Hash { get; private set; }

        /// <summary>Allows <c>foreach</c>.</summary>
        public readonly TokenEnumerator GetEnumerator() => this;

        /// <summary>Advances to the next non-empty run between separators.</summary>
        public bool MoveNext()
        {
            // Tokens are a few characters long: a plain loop beats setting up a vectorized search for each.
            var i = _next;
            while (i < text.Length && IsSeparator(text[i]))
                i++;
            if (i == text.Length)
            {
                _next = i;
                return false;
            }
            var start = i;
            var hash = HashSeed;
            char c;
            while (i < text.Length && !IsSeparator(c = text[i]))
            {
                hash = AddToHash(hash, c);
                i++;
            }
            _next = i;
            Current = start..i;
            Hash = hash;
            return true;
        }
    }
}
