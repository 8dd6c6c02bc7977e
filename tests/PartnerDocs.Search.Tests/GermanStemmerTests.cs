using PartnerDocs.Search.Stemmers;
using PartnerDocs.Search.Text;

namespace PartnerDocs.Tests.Search;

public class GermanStemmerTests
{
    // Debian's wngerman package.
    private const string GermanWordList = "/usr/share/dict/ngerman";

    [Fact]
    public void Stems_every_word_of_the_german_word_list_as_lunr_de_does()
    {
        var words = File.ReadLines(GermanWordList).Select(JsLowerCase.ToLower).Distinct(StringComparer.Ordinal).ToArray();
        Assert.True(words.Length > 300_000, $"only {words.Length} test words");

        var expected = NodeOracle.Run("stem-de", string.Join('\n', words)).Split('\n');
        var stemmer = new GermanStemmer();
        var mismatches = words.Select((word, i) => (word, expected: expected[i], actual: stemmer.Stem(word)))
            .Where(r => r.expected != r.actual)
            .ToList();

        Assert.True(mismatches.Count == 0,
            $"{mismatches.Count} of {words.Length} differ, e.g. " + string.Join(", ", mismatches.Take(20).Select(m => $"{m.word}: {m.expected} vs {m.actual}")));
    }

    [Theory]
    [InlineData("übersicht", "ubersicht")] // the umlaut folds, the letter stays
    [InlineData("änderungen", "ander")]
    [InlineData("straße", "strass")]
    [InlineData("kenntnisse", "kenntnis")]
    [InlineData("bauen", "bau")]
    [InlineData("abrechnung", "abrechn")]
    public void Known_stems(string word, string stem) => Assert.Equal(stem, new GermanStemmer().Stem(word));
}
