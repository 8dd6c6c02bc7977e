namespace PartnerDocs.Search;

/// <summary>lunr-languages <c>accentFold-fr</c>: folds the French accented letters (not í ì ó ò ú) to ASCII.</summary>
public static class AccentFolding
{
    /// <summary>True when <paramref name="word"/> has a character <see cref="FoldFrench"/> changes.</summary>
    public static bool NeedsFrenchFolding(ReadOnlySpan<char> word)
    {
        foreach (var c in word)
        {
            if (FrenchFold(c) is not null)
                return true;
        }
        return false;
    }

    /// <summary>Applies accentFold-fr to <paramref name="word"/>.</summary>
    public static string FoldFrench(ReadOnlySpan<char> word)
    {
        var builder = new System.Text.StringBuilder(word.Length + 2);
        foreach (var c in word)
        {
            if (FrenchFold(c) is { } folded)
                builder.Append(folded);
            else
                builder.Append(c);
        }
        return builder.ToString();
    }

    private static string? FrenchFold(char c) => c switch
    {
        'à' or 'á' or 'â' or 'ä' or 'À' or 'Á' or 'Â' or 'Ä' => "a",
        'ç' or 'Ç' => "c",
        'é' or 'è' or 'ê' or 'ë' or 'É' or 'È' or 'Ê' or 'Ë' => "e",
        'î' or 'ï' or 'Î' or 'Ï' => "i",
        'ô' or 'ö' or 'Ô' or 'Ö' => "o",
        'ù' or 'û' or 'ü' or 'Ù' or 'Û' or 'Ü' => "u",
        'ÿ' or 'Ÿ' => "y",
        'æ' or 'Æ' => "ae",
        'œ' or 'Œ' => "oe",
        _ => null,
    };
}
