namespace PartnerDocs.Search;

/// <summary>The browser side of search lacks a file the site needs (a language without a lunr-languages plugin).</summary>
public sealed class SearchUnavailableException(string message) : Exception(message);
