using PartnerDocs.Search.Stemmers;

namespace PartnerDocs.Tests.Search;

public class EnglishStemmerTests
{
    private const string SystemWordList = "/usr/share/dict/words";

    [Fact]
    public void Stems_every_word_of_the_word_lists_as_lunr_js_does()
    {
        var words = WordLists().ToArray();
        Assert.True(words.Length > 40_000, $"only {words.Length} test words");

        var expected = NodeOracle.Run("stem", string.Join('\n', words)).Split('\n');
        var stemmer = new EnglishStemmer();
        var mismatches = words.Select((word, i) => (word, expected: expected[i], actual: stemmer.Stem(word)))
            .Where(r => r.expected != r.actual)
            .ToList();

        Assert.True(mismatches.Count == 0,
            $"{mismatches.Count} of {words.Length} differ, e.g. " + string.Join(", ", mismatches.Take(20).Select(m => $"{m.word}: {m.expected} vs {m.actual}")));
    }

    [Theory]
    [InlineData("caresses", "caress")]
    [InlineData("ponies", "poni")]
    [InlineData("relational", "relat")]
    [InlineData("yield", "yield")]
    [InlineData("hopping", "hop")]
    [InlineData("eed", "e")]
    [InlineData("at", "at")]
    public void Known_stems(string word, string stem) => Assert.Equal(stem, new EnglishStemmer().Stem(word));

    // The system dictionary (Debian package wamerican) lowercased as the tokenizer would, plus Snowball's
    // Spanish and French vocabularies, which exercise the same code paths with other letter patterns.
    private static IEnumerable<string> WordLists()
    {
        var snowball = Path.Combine(TestPaths.Shared, "testdata", "snowball");
        var files = new[] { SystemWordList, Path.Combine(snowball, "spanish.voc.txt"), Path.Combine(snowball, "french.voc.txt") };
        return files.Where(File.Exists)
            .SelectMany(File.ReadLines)
            .Select(w => w.Trim().ToLowerInvariant())
            .Where(w => w.Length > 0)
            .Distinct(StringComparer.Ordinal);
    }
}
