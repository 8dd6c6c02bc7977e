using System.Text;
using PartnerDocs.Search.Stemmers;

namespace PartnerDocs.Tests.Search;

public class SnowballStemmerTests
{
    private static readonly string VectorFolder = Path.Combine(TestPaths.Shared, "testdata", "snowball");

    [Fact]
    public void Spanish_matches_every_snowball_vector() => AssertMatchesVectors(new SpanishStemmer(), "spanish", 28_390);

    [Fact]
    public void French_matches_every_snowball_vector() => AssertMatchesVectors(new FrenchStemmer(), "french", 20_403);

    [Theory]
    [InlineData("facturación", "factur")]
    [InlineData("facturas", "factur")]
    [InlineData("documentación", "document")]
    [InlineData("trabajando", "trabaj")]
    [InlineData("haciéndola", "hac")] // attached pronoun removed, accent dropped
    [InlineData("rápidamente", "rapid")]
    public void Spanish_examples(string word, string stem) => Assert.Equal(stem, new SpanishStemmer().Stem(word));

    [Theory]
    [InlineData("nationale", "national")]
    [InlineData("nationalités", "national")]
    [InlineData("continuellement", "continuel")]
    [InlineData("majestueusement", "majestu")]
    [InlineData("jouer", "jou")] // u between vowels counts as a consonant
    [InlineData("tapis", "tapis")] // tap- is an RV exception
    [InlineData("ambiguë", "ambigu")] // ë after gu is dropped
    public void French_examples(string word, string stem) => Assert.Equal(stem, new FrenchStemmer().Stem(word));

    private static void AssertMatchesVectors(IStemmer stemmer, string language, int expectedCount)
    {
        string[] words = File.ReadAllLines(Path.Combine(VectorFolder, $"{language}.voc.txt"));
        string[] stems = File.ReadAllLines(Path.Combine(VectorFolder, $"{language}.output.txt"));
        Assert.Equal(expectedCount, words.Length);
        Assert.Equal(words.Length, stems.Length);

        var mismatches = Enumerable.Range(0, words.Length)
            .Select(i => (Word: words[i], Expected: stems[i], Actual: stemmer.Stem(words[i])))
            .Where(m => m.Expected != m.Actual)
            .ToList();
        if (mismatches.Count == 0)
        {
            return;
        }

        var report = new StringBuilder($"{mismatches.Count} of {words.Length} {language} words stem differently; first 20 (word: expected / actual):");
        foreach (var (word, expected, actual) in mismatches.Take(20))
        {
            report.Append($"\n  {word}: {expected} / {actual}");
        }
        Assert.Fail(report.ToString());
    }
}
