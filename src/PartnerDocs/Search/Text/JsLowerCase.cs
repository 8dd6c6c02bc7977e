using System.Text;

namespace PartnerDocs.Search.Text;

/// <summary>JavaScript's <c>String.prototype.toLowerCase</c>: invariant simple mapping plus the language-independent special casings.</summary>
public static class JsLowerCase
{
    private const char CapitalIWithDot = '\u0130';
    private const char CapitalSigma = '\u03A3';

    /// <summary>Lowercases <paramref name="value"/> exactly as JavaScript does.</summary>
    public static string ToLower(string value)
    {
        var lower = value.ToLowerInvariant();
        if (value.AsSpan().IndexOfAny(CapitalIWithDot, CapitalSigma) < 0)
            return lower;

        // Both special cases keep every other character at its index, so patch around them.
        var builder = new StringBuilder(value.Length + 4);
        for (var i = 0; i < value.Length; i++)
        {
            switch (value[i])
            {
                case CapitalIWithDot:
                    builder.Append("i\u0307");
                    break;
                case CapitalSigma:
                    builder.Append(IsFinalSigma(value, i) ? '\u03C2' : '\u03C3');
                    break;
                default:
                    builder.Append(lower[i]);
                    break;
            }
        }
        return builder.ToString();
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
