namespace PartnerDocs.Docsets;

/// <summary>
/// The size budget of a locale's lunr index, which the browser downloads whole: every page's title, headings and description,
/// plus body words up to <see cref="BodyWordsPerLocale"/> shared by the locale's pages. At 10,000 topics that is 20 words a page
/// and about 8 MB raw, 2 MB gzipped per locale; small sites keep the configured bodyWords (400 by default).
/// </summary>
public static class SearchBudget
{
    public const int BodyWordsPerLocale = 200_000;

    /// <summary>Body words per page for a locale of <paramref name="pages"/> pages, at most <paramref name="configured"/>.</summary>
    public static int BodyWords(int configured, int pages) => Math.Min(configured, BodyWordsPerLocale / Math.Max(1, pages));
}
