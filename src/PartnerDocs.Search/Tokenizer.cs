using System.Buffers;
using PartnerDocs.Search.Text;

namespace PartnerDocs.Search;

/// <summary>lunr's tokenizer: lowercases the value and splits it on JS whitespace and <c>-</c>.</summary>
public static class Tokenizer
{
    // '-' and JavaScript's \s: U+0009-000D, U+0020, U+00A0, U+1680, U+2000-200A, U+2028, U+2029, U+202F, U+205F,
    // U+3000 and U+FEFF (not U+0085 or U+200B, unlike .NET's char.IsWhiteSpace).
    private static readonly SearchValues<char> Separators = SearchValues.Create(
        "-\t\n\v\f\r \u00A0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200A\u2028\u2029\u202F\u205F\u3000\uFEFF");

    /// <summary>Lowercases <paramref name="value"/> as JavaScript does; token positions refer to this string.</summary>
    public static string Normalize(string value) => JsLowerCase.ToLower(value);

    /// <summary>The tokens of an already lowercased string, as [start, length) ranges in UTF-16 code units.</summary>
    public static TokenEnumerator Tokens(string lowercased) => new(lowercased);

    /// <summary>Enumerates token ranges without allocating.</summary>
    public struct TokenEnumerator(string text)
    {
        private int _next;

        /// <summary>The current token.</summary>
        public Range Current { get; private set; }

        /// <summary>Allows <c>foreach</c>.</summary>
        public readonly TokenEnumerator GetEnumerator() => this;

        /// <summary>Advances to the next non-empty run between separators.</summary>
        public bool MoveNext()
        {
            var skipped = text.AsSpan(_next).IndexOfAnyExcept(Separators);
            if (skipped < 0)
            {
                _next = text.Length;
                return false;
            }
            var start = _next + skipped;
            var length = text.AsSpan(start).IndexOfAny(Separators);
            _next = length < 0 ? text.Length : start + length;
            Current = start.._next;
            return true;
        }
    }
}
