using System.Collections.Frozen;
using PartnerDocs.Search.Stemmers;

namespace PartnerDocs.Search;

/// <summary>Strips what a language's trimmer strips from both ends of a token.</summary>
public delegate ReadOnlySpan<char> Trimmer(ReadOnlySpan<char> token);

/// <summary>
/// How one language turns tokens into index terms, mirroring lunr.js (en) and lunr-languages 1.22.0 (es, fr, de); every
/// other language gets <see cref="ForOtherLanguage"/>: Unicode trimming, CJK bigrams, no stop words and no stemmer.
/// </summary>
public sealed class LanguageProfile
{
    private static readonly Trimmer AsciiTrimmer = token => Trimmers.Trim(token, Trimmers.IsAsciiWordCharacter);
    private static readonly Trimmer LatinTrimmer = token => Trimmers.Trim(token, Trimmers.IsLatinWordCharacter);
    private static readonly string[] StemmerSupport = ["lunr.stemmer.support.js"];

    private readonly Func<IStemmer?> _createStemmer;

    private LanguageProfile(string language, Trimmer trim, FrozenSet<string> stopWords, Func<IStemmer?> createStemmer)
    {
        Language = language;
        Trim = trim;
        StopWords = stopWords;
        _createStemmer = createStemmer;
    }

    /// <summary>English: lunr.js's own trimmer, stop words and Porter stemmer.</summary>
    public static LanguageProfile English { get; } = new("en", AsciiTrimmer, Search.StopWords.English, () => new EnglishStemmer())
    {
        IndexPipeline = ["trimmer", "stopWordFilter", "stemmer"],
        SearchPipeline = ["stemmer"],
    };

    /// <summary>Spanish: <c>lunr.es</c>.</summary>
    public static LanguageProfile Spanish { get; } = LunrLanguage("es", Search.StopWords.Spanish, () => new SpanishStemmer());

    /// <summary>French: <c>lunr.fr</c>, which folds accents between the stop word filter and the stemmer.</summary>
    public static LanguageProfile French { get; } = new("fr", LatinTrimmer, Search.StopWords.French, () => new FrenchStemmer())
    {
        FoldsAccents = true,
        IndexPipeline = ["trimmer-fr", "stopWordFilter-fr", "accentFold-fr", "stemmer-fr"],
        SearchPipeline = ["trimmer-fr", "accentFold-fr", "stemmer-fr"],
        ScriptFiles = [.. StemmerSupport, "lunr.fr.js"],
    };

    /// <summary>German: <c>lunr.de</c> (Snowball German).</summary>
    public static LanguageProfile German { get; } = LunrLanguage("de", Search.StopWords.German, () => new GermanStemmer());

    /// <summary>The language subtag: "en", "es", "ja", ...</summary>
    public string Language { get; }

    /// <summary>Strips the characters the language's trimmer strips from both ends of a token.</summary>
    public Trimmer Trim { get; }

    /// <summary>Trimmed lowercased tokens dropped from the index.</summary>
    public FrozenSet<string> StopWords { get; }

    /// <summary>Whether accentFold-fr runs after the stop word filter.</summary>
    public bool FoldsAccents { get; private init; }

    /// <summary>Whether CJK runs are split into bigrams before trimming (the profile of languages without a plugin).</summary>
    public bool SplitsCjk { get; private init; }

    /// <summary>Whether the index records accent-free aliases (facturacion → factur) so queries typed without accents find the accented words.</summary>
    public bool RecordsAccentAliases => !FoldsAccents && Language != "en";

    /// <summary>Whether the language has a stemmer (every language without a lunr-languages plugin has none).</summary>
    public bool HasStemmer => _createStemmer() is not null;

    /// <summary>Labels of the indexing pipeline, in order.</summary>
    public IReadOnlyList<string> IndexPipeline { get; private init; } = [];

    /// <summary>Labels of the search pipeline, serialized as the index's <c>pipeline</c>; the browser must have them registered.</summary>
    public IReadOnlyList<string> SearchPipeline { get; private init; } = [];

    /// <summary>The lunr-languages files (beside lunr.js in node_modules/lunr-languages) the browser loads for this language, in order.</summary>
    public IReadOnlyList<string> ScriptFiles { get; private init; } = [];

    /// <summary>A new stemmer instance, or null when the language has none.</summary>
    public IStemmer? CreateStemmer() => _createStemmer();

    /// <summary>The profile for languages without a stemmer: Unicode trimmer, CJK bigrams, no stop words.</summary>
    public static LanguageProfile ForOtherLanguage(string language) => new(language, UnicodeTrimmer.Trim, FrozenSet<string>.Empty, () => null)
    {
        SplitsCjk = true,
        IndexPipeline = ["partnerdocs-cjk-index", "partnerdocs-trimmer"],
        SearchPipeline = ["partnerdocs-cjk", "partnerdocs-trimmer"],
    };

    /// <summary>The profile for a locale such as "es-es", "de-de" or "ja-jp", by language subtag.</summary>
    public static LanguageProfile ForLocale(string locale)
    {
        var separator = locale.IndexOfAny(['-', '_']);
        var language = (separator < 0 ? locale : locale[..separator]).ToLowerInvariant();
        return language switch
        {
            "en" => English,
            "es" => Spanish,
            "fr" => French,
            "de" => German,
            _ => ForOtherLanguage(language),
        };
    }

    private static LanguageProfile LunrLanguage(string language, FrozenSet<string> stopWords, Func<IStemmer> createStemmer) =>
        new(language, LatinTrimmer, stopWords, createStemmer)
        {
            IndexPipeline = [$"trimmer-{language}", $"stopWordFilter-{language}", $"stemmer-{language}"],
            SearchPipeline = [$"trimmer-{language}", $"stemmer-{language}"],
            ScriptFiles = [.. StemmerSupport, $"lunr.{language}.js"],
        };
}
