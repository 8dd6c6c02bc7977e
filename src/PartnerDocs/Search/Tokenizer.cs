using PartnerDocs.Search.Text;

namespace PartnerDocs.Search;

/// <summary>lunr's tokenizer: lowercases the value and splits it on JS whitespace and <c>-</c>.</summary>
public static class Tokenizer
{
    /// <summary>Lowercases <paramref name="value"/> as JavaScript does; token positions refer to this string.</summary>
    public static string Normalize(string value) => JsLowerCase.ToLower(value);

    /// <summary>True for the characters lunr splits on (<c>/[\s\-]+/</c>).</summary>
    public static bool IsSeparator(char c) => c == '-' || JsWhitespace.Is(c);

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
            while (_next < text.Length && IsSeparator(text[_next]))
                _next++;
            if (_next >= text.Length)
                return false;
            var start = _next;
            while (_next < text.Length && !IsSeparator(text[_next]))
                _next++;
            Current = start.._next;
            return true;
        }
    }
}
