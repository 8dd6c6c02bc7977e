namespace PartnerDocs.Search.Stemmers;

/// <summary>
/// The Snowball German stemmer as lunr-languages 1.22.0 runs it (the original algorithm: ß → ss, u/y between vowels
/// protected, three suffix steps in R1/R2, umlauts folded at the end). Stateless, so safe to share across threads.
/// </summary>
public sealed class GermanStemmer : IStemmer
{
    private static readonly SuffixTable Step1 = new("em ern er", "e en es", "s");
    private static readonly SuffixTable Step2 = new("en er est", "st");
    private const int EndUng = 0, IgIkIsch = 1, LichHeit = 2, Keit = 3;
    private static readonly SuffixTable Step3 = new("end ung", "ig ik isch", "lich heit", "keit");
    private static readonly SuffixTable AfterKeit = new("ig lich");

    public string Stem(string word)
    {
        var w = new System.Text.StringBuilder(word.Length + 4);
        foreach (var c in word)
        {
            if (c == 'ß')
                w.Append("ss");
            else
                w.Append(c);
        }
        // u and y between vowels become consonants (U, Y) until the end.
        for (var i = 0; i + 2 < w.Length; i++)
        {
            if (IsVowel(w[i]) && w[i + 1] is 'u' or 'y' && IsVowel(w[i + 2]))
                w[i + 1] = char.ToUpperInvariant(w[i + 1]);
        }

        var (r1, r2) = Regions(w);
        Span<char> buffer = w.Length <= 128 ? stackalloc char[w.Length] : new char[w.Length];
        w.CopyTo(0, buffer, w.Length);
        var length = StandardSuffixes(buffer[..w.Length], r1, r2);

        var result = new System.Text.StringBuilder(length);
        foreach (var c in buffer[..length])
        {
            result.Append(c switch
            {
                'Y' => 'y',
                'U' or 'ü' => 'u',
                'ä' => 'a',
                'ö' => 'o',
                _ => c,
            });
        }
        var stem = result.ToString();
        return stem == word ? word : stem;
    }

    // Returns the new length of the word after the three suffix steps.
    private static int StandardSuffixes(Span<char> word, int r1, int r2)
    {
        var length = word.Length;
        switch (Step1.Find(word[..length], 0, out var start))
        {
            case 0 when start >= r1:
                length = start;
                break;
            case 1 when start >= r1:
                length = start;
                if (EndsWith(word[..length], "niss"))
                    length--;
                break;
            case 2 when start >= r1 && start > 0 && IsSEnding(word[start - 1]):
                length = start;
                break;
        }

        switch (Step2.Find(word[..length], 0, out start))
        {
            case 0 when start >= r1:
                length = start;
                break;
            case 1 when start >= r1 && start >= 4 && IsStEnding(word[start - 1]):
                length = start;
                break;
        }

        switch (Step3.Find(word[..length], 0, out start))
        {
            case EndUng when start >= r2:
                length = start;
                if (EndsWith(word[..length], "ig") && length - 2 >= r2 && !(length >= 3 && word[length - 3] == 'e'))
                    length -= 2;
                break;
            case IgIkIsch when start >= r2 && !(start > 0 && word[start - 1] == 'e'):
                length = start;
                break;
            case LichHeit when start >= r2:
                length = start;
                if ((EndsWith(word[..length], "er") || EndsWith(word[..length], "en")) && length - 2 >= r1)
                    length -= 2;
                break;
            case Keit when start >= r2:
                length = start;
                if (AfterKeit.Find(word[..length], 0, out var before) >= 0 && before >= r2)
                    length = before;
                break;
        }
        return length;
    }

    // R1 after the first non-vowel following a vowel, but at least 3 letters in; R2 the same rule within R1.
    private static (int R1, int R2) Regions(System.Text.StringBuilder w)
    {
        if (w.Length < 3)
            return (w.Length, w.Length);
        var r1 = AfterVowelThenNonVowel(w, 0);
        if (r1 == w.Length)
            return (r1, r1);
        var r2 = AfterVowelThenNonVowel(w, r1);
        return (Math.Max(r1, 3), r2);
    }

    private static int AfterVowelThenNonVowel(System.Text.StringBuilder w, int from)
    {
        var i = from;
        while (i < w.Length && !IsVowel(w[i]))
            i++;
        while (i < w.Length && IsVowel(w[i]))
            i++;
        return i < w.Length ? i + 1 : w.Length;
    }

    private static bool EndsWith(ReadOnlySpan<char> word, string suffix) => word.EndsWith(suffix, StringComparison.Ordinal);

    private static bool IsVowel(char c) => c is 'a' or 'e' or 'i' or 'o' or 'u' or 'y' or 'ä' or 'ö' or 'ü';

    private static bool IsSEnding(char c) => c is 'b' or 'd' or 'f' or 'g' or 'h' or 'k' or 'l' or 'm' or 'n' or 'r' or 't';

    private static bool IsStEnding(char c) => c is 'b' or 'd' or 'f' or 'g' or 'h' or 'k' or 'l' or 'm' or 'n' or 't';
}
