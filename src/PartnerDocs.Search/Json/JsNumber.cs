using System.Globalization;

namespace PartnerDocs.Search.Json;

/// <summary>JavaScript number formatting (<c>Number.prototype.toString</c>, as <c>JSON.stringify</c> uses it).</summary>
public static class JsNumber
{
    /// <summary>Writes <paramref name="value"/> as <c>JSON.stringify</c> does (shortest round-trip digits, -0 as 0, NaN/±∞ as null); returns the length.</summary>
    public static int Format(double value, Span<char> destination)
    {
        if (!double.IsFinite(value))
            return Copy("null", destination);
        if (value == 0)
            return Copy("0", destination);

        // "E16" is not shortest; "R" is, but picks its own notation. Re-lay its digits out the JS way.
        Span<char> roundTrip = stackalloc char[32];
        value.TryFormat(roundTrip, out var written, "R", CultureInfo.InvariantCulture);
        var text = roundTrip[..written];
        var length = 0;
        if (text[0] == '-')
        {
            destination[length++] = '-';
            text = text[1..];
        }

        Span<char> digits = stackalloc char[24];
        var digitCount = 0;
        var pointPosition = -1;
        var exponent = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '.')
                pointPosition = digitCount;
            else if (c is 'E' or 'e')
            {
                exponent = int.Parse(text[(i + 1)..], NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);
                break;
            }
            else
                digits[digitCount++] = c;
        }
        if (pointPosition < 0)
            pointPosition = digitCount;

        // Normalize to digits d1..dk with value 0.d1..dk × 10^n (ECMAScript's n), without leading/trailing zeros.
        var first = 0;
        while (digits[first] == '0')
            first++;
        var last = digitCount;
        while (digits[last - 1] == '0')
            last--;
        var significant = digits[first..last];
        var k = significant.Length;
        var n = pointPosition - first + exponent;

        return length + LayOut(significant, k, n, destination[length..]);
    }

    // ECMAScript Number::toString for a positive value with k significant digits and decimal exponent n.
    private static int LayOut(ReadOnlySpan<char> digits, int k, int n, Span<char> destination)
    {
        var length = 0;
        if (k <= n && n <= 21)
        {
            digits.CopyTo(destination);
            length = k;
            for (var i = 0; i < n - k; i++)
                destination[length++] = '0';
            return length;
        }
        if (0 < n && n <= 21)
        {
            digits[..n].CopyTo(destination);
            destination[n] = '.';
            digits[n..].CopyTo(destination[(n + 1)..]);
            return k + 1;
        }
        if (-6 < n && n <= 0)
        {
            destination[length++] = '0';
            destination[length++] = '.';
            for (var i = 0; i < -n; i++)
                destination[length++] = '0';
            digits.CopyTo(destination[length..]);
            return length + k;
        }

        destination[length++] = digits[0];
        if (k > 1)
        {
            destination[length++] = '.';
            digits[1..].CopyTo(destination[length..]);
            length += k - 1;
        }
        destination[length++] = 'e';
        destination[length++] = n - 1 < 0 ? '-' : '+';
        (n - 1 < 0 ? 1 - n : n - 1).TryFormat(destination[length..], out var exponentLength, provider: CultureInfo.InvariantCulture);
        return length + exponentLength;
    }

    private static int Copy(string text, Span<char> destination)
    {
        text.CopyTo(destination);
        return text.Length;
    }
}
