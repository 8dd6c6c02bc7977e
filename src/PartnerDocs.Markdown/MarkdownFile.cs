namespace PartnerDocs.Markdown;

/// <summary>Facts about a docset-relative Markdown path.</summary>
internal static class MarkdownFile
{
    /// <summary>The locale folder a docset-relative path lies in ("es-es/a.md" -> "es-es"), or null at the root.</summary>
    public static string? LocaleOf(string file) => file.IndexOf('/') is var slash and > 0 ? file[..slash] : null;
}
