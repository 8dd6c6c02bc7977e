using System.Globalization;

namespace PartnerDocs.Search;

/// <summary>
/// The trimmer of the languages without a lunr-languages plugin (<c>partnerdocs-trimmer</c>): strips punctuation, math
/// and modifier symbols, controls and format characters from both ends, per code point, and keeps every letter, mark,
/// number and other symbol (emoji) of any script. Lone surrogates stay. Same rule as search-engine.js.
/// </summary>
public static class UnicodeTrimmer
{
    public static ReadOnlySpan<char> Trim(ReadOnlySpan<char> token)
    {
        var start = 0;
        while (start < token.Length && IsTrimmed(token, start, out var length))
            start += length;
        var end = token.Length;
        while (end > start && IsTrimmedBefore(token, end, out var length))
            end -= length;
        return token[start..end];
    }

    private static bool IsTrimmed(ReadOnlySpan<char> text, int index, out int length)
    {
        var pair = index + 1 < text.Length && char.IsSurrogatePair(text[index], text[index + 1]);
        length = pair ? 2 : 1;
        return IsTrimmedCategory(pair ? CharUnicodeInfo.GetUnicodeCategory(char.ConvertToUtf32(text[index], text[index + 1])) : CharUnicodeInfo.GetUnicodeCategory(text[index]));
    }

    private static bool IsTrimmedBefore(ReadOnlySpan<char> text, int end, out int length)
    {
        var pair = end >= 2 && char.IsSurrogatePair(text[end - 2], text[end - 1]);
        length = pair ? 2 : 1;
        return IsTrimmedCategory(pair ? CharUnicodeInfo.GetUnicodeCategory(char.ConvertToUtf32(text[end - 2], text[end - 1])) : CharUnicodeInfo.GetUnicodeCategory(text[end - 1]));
    }

    private static bool IsTrimmedCategory(UnicodeCategory category) => category is
        UnicodeCategory.ConnectorPunctuation or UnicodeCategory.DashPunctuation or UnicodeCategory.OpenPunctuation
        or UnicodeCategory.ClosePunctuation or UnicodeCategory.InitialQuotePunctuation or UnicodeCategory.FinalQuotePunctuation
        or UnicodeCategory.OtherPunctuation or UnicodeCategory.MathSymbol or UnicodeCategory.ModifierSymbol
        or UnicodeCategory.Control or UnicodeCategory.Format;
}
