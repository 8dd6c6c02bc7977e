using System.Buffers;
using System.Text;

namespace PartnerDocs.Search.Text;

/// <summary>JavaScript's <c>String.prototype.toLowerCase</c>: invariant simple mapping plus the language-independent special casings.</summary>
public static class JsLowerCase
{
    private const char CapitalIWithDot = '\u0130';
    internal const char CapitalSigma = '\u03A3';

    // Where ToLowerInvariant may need patching: the special casings, and the letters of UnicodeCasingUpdates
    // (the supplementary ones by their high surrogates U+D803 and U+D81B).
    private static readonly SearchValues<char> NeedsPatching =
        SearchValues.Create("\u0130\u03A3\u1C89\uA7CB\uA7CC\uA7CE\uA7D2\uA7D4\uA7DA\uA7DC\uD803\uD81B");

    /// <summary>Lowercases <paramref name="value"/> exactly as JavaScript does.</summary>
    public static string ToLower(string value) => ToLower(value, 0..value.Length);

    /// <summary>
    /// Lowercases the <paramref name="range"/> of <paramref name="value"/> exactly as JavaScript lowercases it within the
    /// whole string (a capital sigma's form depends on the letters around it, beyond the range).
    /// </summary>
    public static string ToLower(string value, Range range)
    {
        var (start, length) = range.GetOffsetAndLength(value.Length);
        var part = value.AsSpan(start, length);
        var lower = length == value.Length ? value.ToLowerInvariant() : LowerInvariant(part);
        // Every patched character is above U+012F: a vectorized range scan rules most text out before the slower set search.
        var firstHigh = part.IndexOfAnyExceptInRange('\0', '\u012F');
        if (firstHigh < 0 || part[firstHigh..].IndexOfAny(NeedsPatching) < 0)
            return lower;

        // ToLowerInvariant keeps every character at its index, so copy from it around the patched code points.
        var builder = new StringBuilder(length + 4);
        for (var i = start; i < start + length; i++)
        {
            var c = value[i];
            if (c == CapitalIWithDot)
                builder.Append("i\u0307");
            else if (c == CapitalSigma)
                builder.Append(IsFinalSigma(value, i) ? '\u03C2' : '\u03C3');
            else if (Rune.DecodeFromUtf16(value.AsSpan(i, start + length - i), out var rune, out var runeLength) == OperationStatus.Done
                && UnicodeCasingUpdates.Lowercase(rune.Value) is { } updated)
            {
                builder.Append(char.ConvertFromUtf32(updated));
                i += runeLength - 1;
            }
            else
                builder.Append(lower[i - start]);
        }
        return builder.ToString();
    }

    private static string LowerInvariant(ReadOnlySpan<char> text)
    {
        Span<char> buffer = text.Length <= 256 ? stackalloc char[text.Length] : new char[text.Length];
        text.ToLowerInvariant(buffer);
        return new string(buffer);
    }

    // Unicode Final_Sigma: a cased letter before (skipping case-ignorables) and none after.
    private static bool IsFinalSigma(string value, int index)
    {
        var before = PreviousCodePoint(value, index);
        while (before >= 0 && UnicodeCasing.IsCaseIgnorable(value, before))
            before = PreviousCodePoint(value, before);
        if (before < 0 || !UnicodeCasing.IsCased(value, before))
            return false;

        var after = index + 1;
        while (after < value.Length && UnicodeCasing.IsCaseIgnorable(value, after))
            after += char.IsSurrogatePair(value, after) ? 2 : 1;
        return after >= value.Length || !UnicodeCasing.IsCased(value, after);
    }

    // Start of the code point before the one at index, or -1.
    private static int PreviousCodePoint(string value, int index)
    {
        var previous = index - 1;
        if (previous > 0 && char.IsSurrogatePair(value[previous - 1], value[previous]))
            previous--;
        return previous;
    }
}
