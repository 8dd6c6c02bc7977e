using System.Buffers;

namespace PartnerDocs.Search.Stemmers;

/// <summary>
/// A word being stemmed, edited in place in a caller-provided buffer, with the start positions of
/// Snowball's RV, R1 and R2 regions (fixed once computed, as in Snowball, even as the word shrinks).
/// </summary>
internal ref struct SnowballWord
{
    private readonly Span<char> chars;

    /// <param name="buffer">At least as long as <paramref name="word"/>: no rule ever makes a word longer.</param>
    public SnowballWord(Span<char> buffer, string word)
    {
        word.CopyTo(buffer);
        chars = buffer;
        Length = word.Length;
    }

    public int Length { get; private set; }

    public int RV { get; private set; }

    public int R1 { get; private set; }

    public int R2 { get; private set; }

    public readonly ReadOnlySpan<char> Text => chars[..Length];

    public readonly char this[int index]
    {
        get => chars[index];
        set => chars[index] = value;
    }

    /// <summary>Fixes RV as given, and R1/R2 by the usual rule for the language's vowels.</summary>
    public void SetRegions(int rv, SearchValues<char> vowels)
    {
        RV = rv;
        R1 = AfterVowelThenNonVowel(Text, 0, vowels);
        R2 = AfterVowelThenNonVowel(Text, R1, vowels);
    }

    public readonly int Find(SuffixTable table, int limit, out int start) => table.Find(Text, limit, out start);

    public readonly bool EndsWith(string suffix) => Text.EndsWith(suffix, StringComparison.Ordinal);

    /// <summary>True if the letters just before <paramref name="position"/> spell <paramref name="text"/>.</summary>
    public readonly bool PrecededBy(int position, string text) =>
        position >= text.Length && chars[(position - text.Length)..position].SequenceEqual(text);

    public void Truncate(int length) => Length = length;

    /// <summary>Replaces everything from <paramref name="start"/> to the end with <paramref name="replacement"/>.</summary>
    public void ReplaceFrom(int start, string replacement)
    {
        replacement.CopyTo(chars[start..]);
        Length = start + replacement.Length;
    }

    /// <summary>The stem, reusing <paramref name="original"/> when nothing changed.</summary>
    public readonly string ToString(string original) =>
        Text.SequenceEqual(original) ? original : new string(Text);

    // R1 is the region after the first non-vowel following a vowel; R2 is the same rule applied within R1.
    private static int AfterVowelThenNonVowel(ReadOnlySpan<char> word, int from, SearchValues<char> vowels)
    {
        int vowel = word[from..].IndexOfAny(vowels);
        if (vowel < 0)
        {
            return word.Length;
        }

        int nonVowel = word[(from + vowel + 1)..].IndexOfAnyExcept(vowels);
        return nonVowel < 0 ? word.Length : from + vowel + 1 + nonVowel + 1;
    }
}
