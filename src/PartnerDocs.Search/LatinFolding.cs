using System.Text;

namespace PartnerDocs.Search;

/// <summary>Removes diacritics from Latin letters (é → e, ü → u, ç → c), for the accent-free aliases of index terms.</summary>
public static class LatinFolding
{
    /// <summary>The word with its Latin letters' diacritics removed; the same instance when there are none.</summary>
    public static string Fold(string word)
    {
        if (!word.AsSpan().ContainsAnyInRange('\u00C0', '\u024F'))
            return word;
        var builder = new StringBuilder(word.Length);
        foreach (var c in word)
        {
            if (c is >= '\u00C0' and <= '\u024F')
            {
                var decomposed = c.ToString().Normalize(NormalizationForm.FormD);
                builder.Append(decomposed[0]);
            }
            else
                builder.Append(c);
        }
        return builder.ToString();
    }
}
