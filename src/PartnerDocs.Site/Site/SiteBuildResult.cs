namespace PartnerDocs.Site;

/// <summary>What a build wrote; <paramref name="Search"/> is null when search was skipped.</summary>
public sealed record SiteBuildResult(int PagesWritten, int FallbackPages, IReadOnlyList<string> Locales, SearchBuildResult? Search = null);

/// <summary>
/// How many pages the search indexes hold over all locales, how long building them took (wall clock and CPU), and the
/// locales searched without a stemmer (Unicode words and CJK bigrams only).
/// </summary>
public sealed record SearchBuildResult(int IndexedPages, TimeSpan IndexTime, TimeSpan IndexCpuTime, IReadOnlyList<string> UnstemmedLocales)
{
    /// <summary>The build's line about locales without a stemmer, or null when every locale has one.</summary>
    public string? UnstemmedNote => UnstemmedLocales.Count == 0
        ? null
        : $"search: no stemmer for {string.Join(", ", UnstemmedLocales)}: searched as whole Unicode words, CJK as character bigrams";
}
