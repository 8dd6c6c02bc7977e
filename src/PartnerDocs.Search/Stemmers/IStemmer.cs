namespace PartnerDocs.Search.Stemmers;

/// <summary>Reduces one lowercased word to its stem, as the matching lunr.js pipeline stage does.</summary>
public interface IStemmer
{
    string Stem(string word);
}
