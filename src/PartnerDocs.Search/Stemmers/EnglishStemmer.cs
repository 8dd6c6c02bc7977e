namespace PartnerDocs.Search.Stemmers;

/// <summary>
/// The Porter stemmer as lunr.js 2.3.9 runs it. It departs from the original algorithm in a few places:
/// any non-vowel starts a consonant run and only a leading y/i-less run letter ends it, the *o test of steps 1b and 5
/// looks at the whole stem (consonants, one vowel, one final consonant), and every suffix rule needs one character before it.
/// </summary>
public sealed class EnglishStemmer : IStemmer
{
    private static readonly (string Suffix, string Replacement)[] Step2Suffixes =
    [
        ("ational", "ate"), ("tional", "tion"), ("enci", "ence"), ("anci", "ance"), ("izer", "ize"), ("bli", "ble"),
        ("alli", "al"), ("entli", "ent"), ("eli", "e"), ("ousli", "ous"), ("ization", "ize"), ("ation", "ate"),
        ("ator", "ate"), ("alism", "al"), ("iveness", "ive"), ("fulness", "ful"), ("ousness", "ous"), ("aliti", "al"),
        ("iviti", "ive"), ("biliti", "ble"), ("logi", "log"),
    ];

    private static readonly (string Suffix, string Replacement)[] Step3Suffixes =
    [
        ("icate", "ic"), ("ative", ""), ("alize", "al"), ("iciti", "ic"), ("ical", "ic"), ("ful", ""), ("ness", ""),
    ];

    private static readonly (string Suffix, string Replacement)[] Step4Suffixes =
    [
        ("al", ""), ("ance", ""), ("ence", ""), ("er", ""), ("ic", ""), ("able", ""), ("ible", ""), ("ant", ""),
        ("ement", ""), ("ment", ""), ("ent", ""), ("ou", ""), ("ism", ""), ("ate", ""), ("iti", ""), ("ous", ""),
        ("ive", ""), ("ize", ""),
    ];

    /// <inheritdoc />
    public string Stem(string word)
    {
        if (word.Length < 3)
            return word;

        // An initial y is a consonant: lunr marks it by upper-casing it while stemming.
        var startsWithY = word[0] == 'y';
        var w = startsWithY ? "Y" + word[1..] : word;

        w = Step1A(w);
        w = Step1B(w);
        w = Step1C(w);
        w = ReplaceLongestSuffix(w, Step2Suffixes, minimumMeasure: 1);
        w = ReplaceLongestSuffix(w, Step3Suffixes, minimumMeasure: 1);
        w = Step4(w);
        w = Step5(w);

        return startsWithY ? "y" + w[1..] : w;
    }

    private static string Step1A(string w)
    {
        if ((w.EndsWith("sses", StringComparison.Ordinal) && w.Length > 4) || (w.EndsWith("ies", StringComparison.Ordinal) && w.Length > 3))
            return w[..^2];
        if (w.Length > 2 && w[^1] == 's' && w[^2] != 's')
            return w[..^1];
        return w;
    }

    private static string Step1B(string w)
    {
        if (w.EndsWith("eed", StringComparison.Ordinal) && w.Length > 3)
            return Measure(w.AsSpan(0, w.Length - 3)) > 0 ? w[..^1] : w;

        var suffixLength = w.EndsWith("ed", StringComparison.Ordinal) ? 2 : w.EndsWith("ing", StringComparison.Ordinal) ? 3 : 0;
        if (suffixLength == 0 || w.Length <= suffixLength)
            return w;
        var stem = w[..^suffixLength];
        if (!HasVowel(stem))
            return w;

        if (stem.EndsWith("at", StringComparison.Ordinal) || stem.EndsWith("bl", StringComparison.Ordinal) || stem.EndsWith("iz", StringComparison.Ordinal))
            return stem + "e";
        if (stem.Length > 1 && stem[^1] == stem[^2] && !"aeiouylsz".Contains(stem[^1]))
            return stem[..^1];
        return IsShortConsonantVowelConsonant(stem) ? stem + "e" : stem;
    }

    // y after a non-vowel (not the first letter) becomes i.
    private static string Step1C(string w) =>
        w.Length > 2 && w[^1] == 'y' && !IsVowel(w[^2]) ? w[..^1] + "i" : w;

    private static string Step4(string w)
    {
        if (FindLongestSuffix(w, Step4Suffixes) is { } suffix)
        {
            var stem = w.AsSpan(0, w.Length - suffix.Suffix.Length);
            return Measure(stem) > 1 ? stem.ToString() : w;
        }
        if (w.Length > 4 && (w.EndsWith("sion", StringComparison.Ordinal) || w.EndsWith("tion", StringComparison.Ordinal)))
        {
            var stem = w.AsSpan(0, w.Length - 3);
            return Measure(stem) > 1 ? stem.ToString() : w;
        }
        return w;
    }

    private static string Step5(string w)
    {
        if (w.Length > 1 && w[^1] == 'e')
        {
            var stem = w[..^1];
            var measure = Measure(stem);
            if (measure > 1 || (measure == 1 && !IsShortConsonantVowelConsonant(stem)))
                w = stem;
        }
        return w.EndsWith("ll", StringComparison.Ordinal) && Measure(w) > 1 ? w[..^1] : w;
    }

    private static string ReplaceLongestSuffix(string w, (string Suffix, string Replacement)[] rules, int minimumMeasure)
    {
        if (FindLongestSuffix(w, rules) is not { } rule)
            return w;
        var stem = w.AsSpan(0, w.Length - rule.Suffix.Length);
        return Measure(stem) >= minimumMeasure ? string.Concat(stem, rule.Replacement) : w;
    }

    // The longest listed suffix that leaves at least one character before it.
    private static (string Suffix, string Replacement)? FindLongestSuffix(string w, (string Suffix, string Replacement)[] rules)
    {
        (string Suffix, string Replacement)? best = null;
        foreach (var rule in rules)
        {
            if (w.Length > rule.Suffix.Length && w.EndsWith(rule.Suffix, StringComparison.Ordinal)
                && (best is null || rule.Suffix.Length > best.Value.Suffix.Length))
                best = rule;
        }
        return best;
    }

    private static bool IsVowel(char c) => c is 'a' or 'e' or 'i' or 'o' or 'u';

    private static bool IsVowelOrY(char c) => IsVowel(c) || c == 'y';

    // Number of vowel-run/consonant-run pairs after an optional leading consonant run. A consonant run is any
    // non-vowel followed by letters other than aeiouy; a vowel run is a vowel or y followed by aeiou.
    private static int Measure(ReadOnlySpan<char> s)
    {
        var i = 0;
        if (s.Length > 0 && !IsVowel(s[0]))
            i = SkipConsonantRun(s, 0);
        var measure = 0;
        while (i < s.Length)
        {
            i++;
            while (i < s.Length && IsVowel(s[i]))
                i++;
            if (i == s.Length)
                break;
            measure++;
            i = SkipConsonantRun(s, i);
        }
        return measure;
    }

    private static int SkipConsonantRun(ReadOnlySpan<char> s, int start)
    {
        var i = start + 1;
        while (i < s.Length && !IsVowelOrY(s[i]))
            i++;
        return i;
    }

    // Some vowel (or y after the first letter) exists.
    private static bool HasVowel(string s) => IsVowel(s[0]) || s.AsSpan(1).IndexOfAny("aeiouy") >= 0;

    // The whole stem is a consonant run, one vowel (or y) and a final consonant other than w, x or y.
    private static bool IsShortConsonantVowelConsonant(string s)
    {
        if (s.Length < 3 || IsVowel(s[0]) || !IsVowelOrY(s[^2]) || IsVowelOrY(s[^1]) || s[^1] is 'w' or 'x')
            return false;
        return s.AsSpan(1, s.Length - 3).IndexOfAny("aeiouy") < 0;
    }
}
