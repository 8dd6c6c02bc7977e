using System.Collections.Concurrent;
using System.Globalization;

namespace PartnerDocs.Rendering;

/// <summary>Locale-aware names and dates for the chrome; what depends only on the locale is worked out once per locale, not per page.</summary>
public static class LocaleFormats
{
    private static readonly ConcurrentDictionary<string, LocaleNames> Names = new(StringComparer.Ordinal);
    private static readonly string[] MsDateFormats = ["MM/dd/yyyy", "M/d/yyyy", "yyyy-MM-dd"];

    /// <summary>"es-es" becomes "es-ES" for lang and hreflang attributes.</summary>
    public static string BcpTag(string locale) => Of(locale).BcpTag;

    /// <summary>"es-es" becomes "es_ES" for og:locale.</summary>
    public static string OpenGraphLocale(string locale) => Of(locale).OpenGraphLocale;

    /// <summary>The language's own name, capitalized: "Español", "Français".</summary>
    public static string NativeName(string locale) => Of(locale).NativeName;

    /// <summary>ms.date (MM/DD/YYYY or ISO) as a long date without weekday: "2 de noviembre de 2026".</summary>
    public static (string Text, string Iso)? Date(string? msDate, string locale)
    {
        if (msDate is null || !DateTime.TryParseExact(msDate.Trim(), MsDateFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return null;
        }

        var names = Of(locale);
        return (date.ToString(names.LongDatePattern, names.Culture), date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
    }

    private static LocaleNames Of(string locale) => Names.GetOrAdd(locale, static l => new LocaleNames(l));

    private sealed class LocaleNames
    {
        public LocaleNames(string locale)
        {
            var parts = locale.Split('-');
            BcpTag = parts.Length == 2 && parts[1].Length == 2 ? $"{parts[0]}-{parts[1].ToUpperInvariant()}" : locale;
            OpenGraphLocale = BcpTag.Replace('-', '_');
            var culture = Culture(locale);
            var name = culture?.Parent is { Name.Length: > 0 } parent ? parent.NativeName : culture?.NativeName ?? locale;
            NativeName = name.Length == 0 ? locale : char.ToUpper(name[0], culture ?? CultureInfo.InvariantCulture) + name[1..];
            Culture = culture ?? CultureInfo.InvariantCulture;
            LongDatePattern = Culture.DateTimeFormat.LongDatePattern.Replace("dddd, ", "").Replace("dddd ", "").Replace("dddd", "").Trim();
        }

        public string BcpTag { get; }

        public string OpenGraphLocale { get; }

        public string NativeName { get; }

        public CultureInfo Culture { get; }

        public string LongDatePattern { get; }
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
