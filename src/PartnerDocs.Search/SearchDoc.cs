namespace PartnerDocs.Search;

/// <summary>What a search result shows for one indexed page; <paramref name="Url"/> is relative to the locale folder.</summary>
public sealed record SearchDoc(string Ref, string Title, string Url, string Summary, string Section);
