namespace PartnerDocs.Search;

/// <summary>
/// Splits a token at the edges of its CJK runs (Han, kana, Hangul) and turns each run into overlapping character
/// bigrams; the index also gets every single character, so a one-character query finds something. The browser runs the
/// same rules (search-engine.js, pipeline labels <c>partnerdocs-cjk</c> and <c>partnerdocs-cjk-index</c>).
/// </summary>
public static class CjkBigrams
{
    /// <summary>True for a code point of a script written without spaces between words.</summary>
    public static bool IsCjk(int codePoint) => codePoint switch
    {
        >= 0x1100 and <= 0x11FF => true, // Hangul Jamo
        >= 0x3005 and <= 0x3007 => true, // 々 〆 〇
        >= 0x3040 and <= 0x30FF => true, // Hiragana, Katakana (with ー)
        >= 0x3130 and <= 0x318F => true, // Hangul compatibility Jamo
        >= 0x31F0 and <= 0x31FF => true, // Katakana phonetic extensions
        >= 0x3400 and <= 0x4DBF => true, // CJK extension A
        >= 0x4E00 and <= 0x9FFF => true, // CJK unified ideographs
        >= 0xAC00 and <= 0xD7AF => true, // Hangul syllables
        >= 0xF900 and <= 0xFAFF => true, // CJK compatibility ideographs
        >= 0xFF66 and <= 0xFF9F => true, // halfwidth Katakana
        >= 0x20000 and <= 0x3FFFF => true, // CJK extensions B and later
        _ => false,
    };

    /// <summary>
    /// Appends the pieces of <paramref name="token"/> to <paramref name="pieces"/>: the token itself when it has no CJK;
    /// otherwise each non-CJK run as is and each CJK run as bigrams (plus single characters when <paramref name="forIndex"/>,
    /// or the one character of a one-character run).
    /// </summary>
    public static void Split(string token, bool forIndex, List<string> pieces)
    {
        if (!ContainsCjk(token))
        {
            pieces.Add(token);
            return;
        }
        var runStart = 0;
        var runIsCjk = false;
        var characters = new List<(int Start, int Length)>();
        for (var i = 0; i < token.Length;)
        {
            var length = char.IsSurrogatePair(token, i) ? 2 : 1;
            var cjk = IsCjk(length == 2 ? char.ConvertToUtf32(token[i], token[i + 1]) : token[i]);
            if (i > 0 && cjk != runIsCjk)
            {
                AddRun(token, runStart, i, runIsCjk, characters, forIndex, pieces);
                runStart = i;
            }
            runIsCjk = cjk;
            if (cjk)
                characters.Add((i, length));
            i += length;
        }
        AddRun(token, runStart, token.Length, runIsCjk, characters, forIndex, pieces);
    }

    private static void AddRun(string token, int start, int end, bool cjk, List<(int Start, int Length)> characters, bool forIndex, List<string> pieces)
    {
        if (!cjk)
        {
            pieces.Add(token[start..end]);
            return;
        }
        for (var i = 0; i < characters.Count; i++)
        {
            var (at, length) = characters[i];
            if (forIndex || characters.Count == 1)
                pieces.Add(token.Substring(at, length));
            if (i + 1 < characters.Count)
                pieces.Add(token.Substring(at, length + characters[i + 1].Length));
        }
        characters.Clear();
    }

    private static bool ContainsCjk(string token)
    {
        foreach (var c in token)
        {
            // Every CJK code point is at or above U+1100 (supplementary ones by a high surrogate).
            if (c >= '\u1100' && (IsCjk(c) || char.IsHighSurrogate(c)))
                return true;
        }
        return false;
    }
}
