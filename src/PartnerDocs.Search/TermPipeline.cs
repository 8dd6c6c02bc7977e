namespace PartnerDocs.Search;

/// <summary>Runs one profile's pipeline (CJK split, trimmer, stop word filter, accent folding, stemmer) over single tokens.</summary>
public sealed class TermPipeline(LanguageProfile profile)
{
    private readonly Stemmers.IStemmer? _stemmer = profile.CreateStemmer();
    private readonly List<string> _pieces = [];

    /// <summary>The index terms of a lowercased token; none when the stop word filter removes it (a lunr trimmer leaving "" does not).</summary>
    public List<string> Run(string token) => Run(token, forSearch: false);

    /// <summary>
    /// The terms the browser's search pipeline makes of a lowercased word: no stop word filter, and CJK runs as bigrams only.
    /// </summary>
    public List<string> RunSearch(string token) => Run(token, forSearch: true);

    private List<string> Run(string token, bool forSearch)
    {
        var terms = new List<string>(1);
        _pieces.Clear();
        if (profile.SplitsCjk)
            CjkBigrams.Split(token, forIndex: !forSearch, _pieces);
        else
            _pieces.Add(token);
        foreach (var piece in _pieces)
        {
            var trimmed = profile.Trim(piece);
            // The Unicode trimmer is ours: it drops what trims to nothing instead of indexing "".
            if (profile.SplitsCjk && trimmed.IsEmpty)
                continue;
            if (!forSearch && profile.StopWords.GetAlternateLookup<ReadOnlySpan<char>>().Contains(trimmed))
                continue;
            var word = profile.FoldsAccents && AccentFolding.NeedsFrenchFolding(trimmed)
                ? AccentFolding.FoldFrench(trimmed)
                : trimmed.Length == piece.Length ? piece : trimmed.ToString();
            terms.Add(_stemmer is null ? word : _stemmer.Stem(word));
        }
        return terms;
    }
}
