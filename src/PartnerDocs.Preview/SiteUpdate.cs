namespace PartnerDocs.Preview;

/// <summary>What one in-memory update did: the locale whose topics or TOC changed (its search index needs refreshing) and how many files it re-rendered.</summary>
public sealed record SiteUpdate(string Locale, int FilesRendered);
