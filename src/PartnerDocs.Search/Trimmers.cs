namespace PartnerDocs.Search;

/// <summary>The word-character sets lunr trimmers strip to (everything outside them is trimmed from both ends).</summary>
public static class Trimmers
{
    /// <summary>lunr.js <c>trimmer</c>: JS <c>\w</c>, which is ASCII only.</summary>
    public static bool IsAsciiWordCharacter(char c) => char.IsAsciiLetterOrDigit(c) || c == '_';

    /// <summary>lunr-languages <c>trimmer-es</c>/<c>trimmer-fr</c>: the Latin script ranges plus ASCII digits, per UTF-16 code unit.</summary>
    public static bool IsLatinWordCharacter(char c) => c switch
    {
        >= 'A' and <= 'Z' or >= 'a' and <= 'z' or >= '0' and <= '9' => true,
        '\u00AA' or '\u00BA' => true,
        >= '\u00C0' and <= '\u00D6' or >= '\u00D8' and <= '\u00F6' or >= '\u00F8' and <= '\u02B8' => true,
        >= '\u02E0' and <= '\u02E4' => true,
        >= '\u1D00' and <= '\u1D25' or >= '\u1D2C' and <= '\u1D5C' or >= '\u1D62' and <= '\u1D65' => true,
        >= '\u1D6B' and <= '\u1D77' or >= '\u1D79' and <= '\u1DBE' or >= '\u1E00' and <= '\u1EFF' => true,
        '\u2071' or '\u207F' => true,
        >= '\u2090' and <= '\u209C' => true,
        '\u212A' or '\u212B' or '\u2132' or '\u214E' => true,
        >= '\u2160' and <= '\u2188' or >= '\u2C60' and <= '\u2C7F' => true,
        >= '\uA722' and <= '\uA787' or >= '\uA78B' and <= '\uA7AD' or >= '\uA7B0' and <= '\uA7B7' => true,
        >= '\uA7F7' and <= '\uA7FF' or >= '\uAB30' and <= '\uAB5A' or >= '\uAB5C' and <= '\uAB64' => true,
        >= '\uFB00' and <= '\uFB06' or >= '\uFF21' and <= '\uFF3A' or >= '\uFF41' and <= '\uFF5A' => true,
        _ => false,
    };

    /// <summary>Strips leading and trailing characters for which <paramref name="isWordCharacter"/> is false.</summary>
    public static ReadOnlySpan<char> Trim(ReadOnlySpan<char> token, Func<char, bool> isWordCharacter)
    {
        var start = 0;
        while (start < token.Length && !isWordCharacter(token[start]))
            start++;
        var end = token.Length;
        while (end > start && !isWordCharacter(token[end - 1]))
            end--;
        return token[start..end];
    }
}
