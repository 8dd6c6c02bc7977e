using System.Globalization;
using System.Text.RegularExpressions;

namespace PartnerDocs.Translation.Status;

/// <summary>
/// Counts the words a translator translates in Markdown source: markup, HTML tags and URLs are not words; a word is a run
/// of letters and digits (joined by ' ’ - . _ between them); every Han, Hiragana or Katakana character counts as a word.
/// </summary>
public static partial class WordCounter
{
    public static int Count(string markdown)
    {
        var text = Markup().Replace(markdown, " ");
        var words = 0;
        var inWord = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && IsCjk(char.ConvertToUtf32(c, text[i + 1])))
            {
                words++;
                inWord = false;
                i++;
            }
            else if (IsCjk(c))
            {
                words++;
                inWord = false;
            }
            else if (IsWordChar(c) || (inWord && IsJoiner(c) && i + 1 < text.Length && IsWordChar(text[i + 1])))
            {
                words += inWord ? 0 : 1;
                inWord = true;
            }
            else
            {
                inWord = false;
            }
        }

        return words;
    }

    private static bool IsWordChar(char c) => char.IsLetterOrDigit(c) || CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark;

    private static bool IsJoiner(char c) => c is '\'' or '’' or '-' or '.' or '_';

    private static bool IsCjk(int codePoint) =>
        codePoint is >= 0x3040 and <= 0x30FF     // Hiragana, Katakana
            or >= 0x3400 and <= 0x4DBF           // CJK Extension A
            or >= 0x4E00 and <= 0x9FFF           // CJK Unified Ideographs
            or >= 0xF900 and <= 0xFAFF           // CJK Compatibility Ideographs
            or >= 0x20000 and <= 0x3FFFF;        // CJK Extensions B and later

    // HTML tags and comments, link and image destinations, bare URLs, alert/include markers such as [!NOTE].
    [GeneratedRegex(@"<!--.*?-->|<[^>\n]+>|\]\([^)\s]*(\s+""[^""]*"")?\)|\b[a-z][a-z0-9+.-]*://\S+|\[!\w+", RegexOptions.Singleline | RegexOptions.IgnoreCase)]
    private static partial Regex Markup();
}
