namespace PartnerDocs.Search.Text;

/// <summary>The characters JavaScript's regular expression class <c>\s</c> matches (lunr splits tokens on them).</summary>
public static class JsWhitespace
{
    /// <summary>True when <paramref name="c"/> is in the JS <c>\s</c> set (which has U+FEFF but not U+0085 or U+200B).</summary>
    public static bool Is(char c) => c switch
    {
        >= '\u0009' and <= '\u000D' => true,
        ' ' or '\u00A0' or '\u1680' => true,
        >= '\u2000' and <= '\u200A' => true,
        '\u2028' or '\u2029' or '\u202F' or '\u205F' or '\u3000' or '\uFEFF' => true,
        _ => false,
    };
}
