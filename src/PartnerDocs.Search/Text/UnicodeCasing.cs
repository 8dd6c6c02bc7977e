using System.Globalization;
using System.Text;

namespace PartnerDocs.Search.Text;

/// <summary>The Unicode properties Cased and Case_Ignorable, which decide the final form of a lowercased sigma.</summary>
internal static class UnicodeCasing
{
    // Other_Lowercase and Other_Uppercase (PropList.txt): cased although not Lu/Ll/Lt.
    private static readonly (int First, int Last)[] OtherCased =
    [
        (0x00AA, 0x00AA), (0x00BA, 0x00BA), (0x02B0, 0x02B8), (0x02C0, 0x02C1), (0x02E0, 0x02E4),
        (0x0345, 0x0345), (0x037A, 0x037A), (0x10FC, 0x10FC), (0x1D2C, 0x1D6A), (0x1D78, 0x1D78),
        (0x1D9B, 0x1DBF), (0x2071, 0x2071), (0x207F, 0x207F), (0x2090, 0x209C), (0x2160, 0x217F),
        (0x24B6, 0x24E9), (0x2C7C, 0x2C7D), (0xA69C, 0xA69D), (0xA770, 0xA770), (0xA7F2, 0xA7F4),
        (0xA7F8, 0xA7F9), (0xAB5C, 0xAB5F), (0xAB69, 0xAB69), (0x10780, 0x10780), (0x10783, 0x10785),
        (0x10787, 0x107B0), (0x107B2, 0x107BA), (0x1E030, 0x1E06D), (0x1F130, 0x1F149),
        (0x1F150, 0x1F169), (0x1F170, 0x1F189),
    ];

    /// <summary>True for the code point starting at <paramref name="index"/> when it is a cased letter.</summary>
    public static bool IsCased(string value, int index)
    {
        var rune = RuneAt(value, index);
        var category = Rune.GetUnicodeCategory(rune);
        if (category is UnicodeCategory.UppercaseLetter or UnicodeCategory.LowercaseLetter or UnicodeCategory.TitlecaseLetter)
            return true;
        foreach (var (first, last) in OtherCased)
        {
            if (rune.Value >= first && rune.Value <= last)
                return true;
        }
        return false;
    }

    /// <summary>True for the code point starting at <paramref name="index"/> when casing looks through it.</summary>
    public static bool IsCaseIgnorable(string value, int index)
    {
        var rune = RuneAt(value, index);
        return Rune.GetUnicodeCategory(rune) switch
        {
            UnicodeCategory.NonSpacingMark or UnicodeCategory.EnclosingMark or UnicodeCategory.Format
                or UnicodeCategory.ModifierLetter or UnicodeCategory.ModifierSymbol => true,
            _ => IsWordBreakMidLetterOrQuote(rune.Value),
        };
    }

    // A lone surrogate decodes to U+FFFD, which is neither cased nor case-ignorable.
    private static Rune RuneAt(string value, int index)
    {
        Rune.DecodeFromUtf16(value.AsSpan(index), out var rune, out _);
        return rune;
    }

    // Word_Break MidLetter, MidNumLet and Single_Quote.
    private static bool IsWordBreakMidLetterOrQuote(int codePoint) => codePoint is
        0x0027 or 0x002E or 0x003A or 0x00B7 or 0x0387 or 0x055F or 0x05F4 or 0x2018 or 0x2019
        or 0x2024 or 0x2027 or 0xFE13 or 0xFE52 or 0xFE55 or 0xFF07 or 0xFF0E or 0xFF1A;
}
