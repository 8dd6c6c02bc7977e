using System.Collections.Frozen;
using PartnerDocs.Search.Stemmers;

namespace PartnerDocs.Search;

/// <summary>How one language turns tokens into index terms, mirroring lunr.js (en) and lunr-languages 1.22.0 (es, fr).</summary>
public sealed class LanguageProfile
{
    private readonly Func<IStemmer> _createStemmer;

    private LanguageProfile(
        string language,
        Func<char, bool> isWordCharacter,
        FrozenSet<string> stopWords,
        bool foldsAccents,
        Func<IStemmer> createStemmer,
        string[] indexPipeline,
        string[] searchPipeline)
    {
        Language = language;
        IsWordCharacter = isWordCharacter;
        StopWords = stopWords;
        FoldsAccents = foldsAccents;
        _createStemmer = createStemmer;
        IndexPipeline = indexPipeline;
        SearchPipeline = searchPipeline;
    }

    /// <summary>English: lunr.js's own trimmer, stop words and Porter stemmer.</summary>
    public static LanguageProfile English { get; } = new(
        "en", Trimmers.IsAsciiWordCharacter, Search.StopWords.English, foldsAccents: false, () => new EnglishStemmer(),
        ["trimmer", "stopWordFilter", "stemmer"], ["stemmer"]);

    /// <summary>Spanish: <c>lunr.es</c>.</summary>
    public static LanguageProfile Spanish { get; } = new(
        "es", Trimmers.IsLatinWordCharacter, Search.StopWords.Spanish, foldsAccents: false, () => new SpanishStemmer(),
        ["trimmer-es", "stopWordFilter-es", "stemmer-es"], ["trimmer-es", "stemmer-es"]);

    /// <summary>French: <c>lunr.fr</c>, which folds accents between the stop word filter and the stemmer.</summary>
    public static LanguageProfile French { get; } = new(
        "fr", Trimmers.IsLatinWordCharacter, Search.StopWords.French, foldsAccents: true, () => new FrenchStemmer(),
        ["trimmer-fr", "stopWordFilter-fr", "accentFold-fr", "stemmer-fr"], ["trimmer-fr", "accentFold-fr", "stemmer-fr"]);

    /// <summary>The language subtag: "en", "es" or "fr".</summary>
    public string Language { get; }

    /// <summary>Characters the trimmer keeps; it strips everything else from both ends of a token.</summary>
    public Func<char, bool> IsWordCharacter { get; }

    /// <summary>Trimmed lowercased tokens dropped from the index.</summary>
    public FrozenSet<string> StopWords { get; }

    /// <summary>Whether accentFold-fr runs after the stop word filter.</summary>
    public bool FoldsAccents { get; }

    /// <summary>Labels of the indexing pipeline, in order.</summary>
    public IReadOnlyList<string> IndexPipeline { get; }

    /// <summary>Labels of the search pipeline, serialized as the index's <c>pipeline</c>.</summary>
    public IReadOnlyList<string> SearchPipeline { get; }

    /// <summary>A new stemmer instance (stemmers may keep per-instance state, so one per builder).</summary>
    public IStemmer CreateStemmer() => _createStemmer();

    /// <summary>The profile for a locale such as "es-es", "fr-fr" or "en-us", by language subtag; English when unknown.</summary>
    public static LanguageProfile ForLocale(string locale)
    {
        var separator = locale.IndexOfAny(['-', '_']);
        var language = separator < 0 ? locale : locale[..separator];
        return language.ToLowerInvariant() switch
        {
            "es" => Spanish,
            "fr" => French,
            _ => English,
        };
    }
}
