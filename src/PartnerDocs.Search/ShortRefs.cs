namespace PartnerDocs.Search;

/// <summary>Document refs as base-36 counters ("0", "1", ... "z", "10"): every ref repeats in every posting, so they stay short.</summary>
public static class ShortRefs
{
    private const string Digits = "0123456789abcdefghijklmnopqrstuvwxyz";

    public static string Of(int number)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(number);
        Span<char> buffer = stackalloc char[8];
        var i = buffer.Length;
        do
        {
            buffer[--i] = Digits[number % 36];
            number /= 36;
        }
        while (number > 0);

        return new string(buffer[i..]);
    }
}
