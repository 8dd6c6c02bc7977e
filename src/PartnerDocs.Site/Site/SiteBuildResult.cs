namespace PartnerDocs.Site;

/// <summary>What a build wrote; <paramref name="Search"/> is null when search was skipped.</summary>
public sealed record SiteBuildResult(int PagesWritten, int FallbackPages, IReadOnlyList<string> Locales, SearchBuildResult? Search = null);

/// <summary>How many pages the search indexes hold over all locales, and how long building them took.</summary>
public sealed record SearchBuildResult(int IndexedPages, TimeSpan IndexTime);
