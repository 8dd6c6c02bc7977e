namespace PartnerDocs.Docsets;

/// <summary>Locale folder names: lowercase BCP-47 tags such as "en-us" or "zh-hans-cn".</summary>
public static class LocaleNames
{
    public static bool IsLocaleName(string name)
    {
        var parts = name.Split('-');
        return parts.Length >= 2
            && parts[0].Length is 2 or 3 && parts[0].All(char.IsAsciiLetterLower)
            && parts.Skip(1).All(p => p.Length is >= 2 and <= 8 && p.All(c => char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c)));
    }

    /// <summary>The language subtag: "es" for "es-es".</summary>
    public static string Language(string locale) => locale.Split('-')[0];
}
