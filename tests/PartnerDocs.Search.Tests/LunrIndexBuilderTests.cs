using PartnerDocs.Search;

namespace PartnerDocs.Tests.Search;

public class LunrIndexBuilderTests
{
    [Theory]
    [InlineData("a/b")]
    [InlineData("_index")]
    [InlineData("__proto__")]
    [InlineData("12")]
    public void Rejects_field_names_lunr_cannot_round_trip(string name) =>
        Assert.Throws<ArgumentException>(() => new LunrIndexBuilder(LanguageProfile.English, [new(name)]));

    [Fact]
    public void Rejects_a_ref_added_twice()
    {
        var builder = new LunrIndexBuilder(LanguageProfile.English, [new("body")]);
        builder.Add("doc", new Dictionary<string, string?> { ["body"] = "one" });

        Assert.Throws<ArgumentException>(() => builder.Add("doc", new Dictionary<string, string?> { ["body"] = "two" }));
    }

    [Fact]
    public void Builders_for_different_languages_can_run_in_parallel()
    {
        var languages = new[] { "en", "es", "fr", "en", "es", "fr" };
        var sequential = languages.Select(Build).ToArray();
        var parallel = languages.AsParallel().AsOrdered().Select(Build).ToArray();

        Assert.Equal(sequential, parallel);
    }

    private static string Build(string language) =>
        TestIndexes.BuildWithCSharp(LanguageProfile.ForLocale(language), DocumentGenerator.Fields, DocumentGenerator.Generate(language, 100, seed: 11));
}
