using System.Globalization;

namespace PartnerDocs.Rendering;

/// <summary>Locale-aware names and dates for the chrome.</summary>
public static class LocaleFormats
{
    /// <summary>"es-es" becomes "es-ES" for lang and hreflang attributes.</summary>
    public static string BcpTag(string locale)
    {
        var parts = locale.Split('-');
        return parts.Length == 2 && parts[1].Length == 2 ? $"{parts[0]}-{parts[1].ToUpperInvariant()}" : locale;
    }

    /// <summary>"es-es" becomes "es_ES" for og:locale.</summary>
    public static string OpenGraphLocale(string locale) => BcpTag(locale).Replace('-', '_');

    /// <summary>The language's own name, capitalized: "Español", "Français".</summary>
    public static string NativeName(string locale)
    {
        var culture = Culture(locale);
        var name = culture?.Parent is { Name.Length: > 0 } parent ? parent.NativeName : culture?.NativeName ?? locale;
        return name.Length == 0 ? locale : char.ToUpper(name[0], culture ?? CultureInfo.InvariantCulture) + name[1..];
    }

    /// <summary>ms.date (MM/DD/YYYY or ISO) as a long date without weekday: "2 de noviembre de 2026".</summary>
    public static (string Text, string Iso)? Date(string? msDate, string locale)
    {
        if (msDate is null || !DateTime.TryParseExact(msDate.Trim(), ["MM/dd/yyyy", "M/d/yyyy", "yyyy-MM-dd"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return null;
        }

        var culture = Culture(locale) ?? CultureInfo.InvariantCulture;
        var pattern = culture.DateTimeFormat.LongDatePattern.Replace("dddd, ", "").Replace("dddd ", "").Replace("dddd", "").Trim();
        return (date.ToString(pattern, culture), date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
    }

    private static CultureInfo? Culture(string locale)
    {
        try
        {
            return CultureInfo.GetCultureInfo(locale);
        }
        catch (CultureNotFoundException)
        {
            return null;
        }
    }
}
