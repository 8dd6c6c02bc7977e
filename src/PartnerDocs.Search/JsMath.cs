namespace PartnerDocs.Search;

/// <summary>JavaScript's <c>Math.round</c> and <c>Math.log</c> bit for bit, where .NET's differ.</summary>
public static class JsMath
{
    private const double Ln2Hi = 6.93147180369123816490e-01;
    private const double Ln2Lo = 1.90821492927058770002e-10;
    private const double Two54 = 1.80143985094819840000e+16;
    private const double Lg1 = 6.666666666666735130e-01;
    private const double Lg2 = 3.999999999940941908e-01;
    private const double Lg3 = 2.857142874366239149e-01;
    private const double Lg4 = 2.222219843214978396e-01;
    private const double Lg5 = 1.818357216161805012e-01;
    private const double Lg6 = 1.531383769920937332e-01;
    private const double Lg7 = 1.479819860511658591e-01;

    /// <summary>JS <c>Math.round</c>: the nearest integer, ties towards +∞ (2.5 → 3, -2.5 → -2).</summary>
    public static double Round(double value)
    {
        var floor = Math.Floor(value);
        return value - floor >= 0.5 ? floor + 1 : floor;
    }

    /// <summary>
    /// V8's <c>Math.log</c>, which is fdlibm's <c>__ieee754_log</c>: it differs from the C library's correctly rounded
    /// log in the last bit for some inputs, enough to move a lunr score across a rounding boundary.
    /// </summary>
    public static double Log(double x)
    {
        var bits = BitConverter.DoubleToInt64Bits(x);
        var high = (int)(bits >> 32);
        var low = (uint)bits;
        var k = 0;
        if (high < 0x00100000)
        {
            if (((high & 0x7fffffff) | (int)low) == 0)
                return double.NegativeInfinity;
            if (high < 0)
                return double.NaN;
            // Subnormal: scale up.
            k -= 54;
            x *= Two54;
            high = (int)(BitConverter.DoubleToInt64Bits(x) >> 32);
        }
        if (high >= 0x7ff00000)
            return x + x;

        // x = 2^k × (1 + f) with 1 + f in [sqrt(2)/2, sqrt(2)).
        k += (high >> 20) - 1023;
        high &= 0x000fffff;
        var i = (high + 0x95f64) & 0x100000;
        x = WithHighWord(x, high | (i ^ 0x3ff00000));
        k += i >> 20;
        var f = x - 1.0;
        double dk = k;

        if ((0x000fffff & (2 + high)) < 3)
        {
            // |f| < 2^-20
            if (f == 0)
                return k == 0 ? 0 : dk * Ln2Hi + dk * Ln2Lo;
            var r0 = f * f * (0.5 - 0.33333333333333333 * f);
            return k == 0 ? f - r0 : dk * Ln2Hi - ((r0 - dk * Ln2Lo) - f);
        }

        var s = f / (2.0 + f);
        var z = s * s;
        var w = z * z;
        var t1 = w * (Lg2 + w * (Lg4 + w * Lg6));
        var t2 = z * (Lg1 + w * (Lg3 + w * (Lg5 + w * Lg7)));
        var r = t2 + t1;
        if (((high - 0x6147a) | (0x6b851 - high)) > 0)
        {
            var halfFSquared = 0.5 * f * f;
            return k == 0
                ? f - (halfFSquared - s * (halfFSquared + r))
                : dk * Ln2Hi - ((halfFSquared - (s * (halfFSquared + r) + dk * Ln2Lo)) - f);
        }
        return k == 0 ? f - s * (f - r) : dk * Ln2Hi - ((s * (f - r) - dk * Ln2Lo) - f);
    }

    private static double WithHighWord(double x, int high) =>
        BitConverter.Int64BitsToDouble(((long)high << 32) | (BitConverter.DoubleToInt64Bits(x) & 0xffffffffL));
}
