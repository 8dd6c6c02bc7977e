namespace PartnerDocs.Search;

/// <summary>The browser side of search (lunr from npm) cannot be found or installed; the message says what to install.</summary>
public sealed class SearchUnavailableException(string message) : Exception(message);
