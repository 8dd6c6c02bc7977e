using System.Text.Json;
using PartnerDocs.Search;

namespace PartnerDocs.Tests.Search;

public class StopWordTests
{
    [Fact]
    public void Lists_equal_the_ones_in_the_pinned_npm_packages()
    {
        var npm = JsonDocument.Parse(NodeOracle.Run("stopwords", "")).RootElement;

        AssertSameWords(npm.GetProperty("en"), StopWords.English, 119);
        AssertSameWords(npm.GetProperty("es"), StopWords.Spanish, 308);
        AssertSameWords(npm.GetProperty("fr"), StopWords.French, 163);
        AssertSameWords(npm.GetProperty("de"), StopWords.German, 231);
    }

    private static void AssertSameWords(JsonElement npmWords, IReadOnlySet<string> ours, int count)
    {
        var expected = npmWords.EnumerateArray().Select(w => w.GetString()!).Order(StringComparer.Ordinal).ToArray();
        Assert.Equal(count, expected.Length);
        Assert.Equal(expected, ours.Order(StringComparer.Ordinal));
    }
}
