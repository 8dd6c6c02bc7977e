namespace PartnerDocs.Site;

public sealed record SiteBuildResult(int PagesWritten, int FallbackPages, IReadOnlyList<string> Locales);
