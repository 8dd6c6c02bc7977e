namespace PartnerDocs.Search;

/// <summary>Runs one profile's indexing pipeline (trimmer, stop word filter, accent folding, stemmer) over single tokens.</summary>
public sealed class TermPipeline(LanguageProfile profile)
{
    private readonly Stemmers.IStemmer _stemmer = profile.CreateStemmer();

    /// <summary>The index term for a lowercased token, or null when the stop word filter removes it (a trimmer leaving "" does not).</summary>
    public string? Run(ReadOnlySpan<char> token)
    {
        var trimmed = Trimmers.Trim(token, profile.IsWordCharacter);
        if (profile.StopWords.GetAlternateLookup<ReadOnlySpan<char>>().Contains(trimmed))
            return null;
        var word = profile.FoldsAccents && AccentFolding.NeedsFrenchFolding(trimmed)
            ? AccentFolding.FoldFrench(trimmed)
            : trimmed.ToString();
        return _stemmer.Stem(word);
    }
}
