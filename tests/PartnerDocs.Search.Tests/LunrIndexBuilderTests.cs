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

    [Theory]
    [InlineData("en")]
    [InlineData("es")]
    [InlineData("fr")]
    [InlineData("ja")]
    public void Builders_of_consecutive_runs_appended_make_the_index_one_builder_makes(string language)
    {
        var profile = LanguageProfile.ForLocale(language);
        var documents = DocumentGenerator.Generate(language, 60, seed: 5);
        var whole = TestIndexes.BuildWithCSharp(profile, DocumentGenerator.Fields, documents, storePositions: true);

        var appended = TestIndexes.Json(TestIndexes.BuildInParts(profile, DocumentGenerator.Fields, documents, partSize: 17, storePositions: true));

        Assert.Equal(whole, appended);
    }

    [Fact]
    public void Appended_runs_write_the_same_split_index_files()
    {
        var documents = DocumentGenerator.Generate("es", 60, seed: 9);
        var docs = documents.Select(d => new SearchDoc(d.Ref, "", d.Ref, "", "")).ToList();
        var options = new SplitIndexOptions(ShardChars: 1_000, DocsPerChunk: 7);
        var folder = Directory.CreateTempSubdirectory("partnerdocs-append-");
        try
        {
            TestIndexes.BuildInParts(LanguageProfile.Spanish, DocumentGenerator.Fields, documents, partSize: 60).WriteSplit(Path.Combine(folder.FullName, "whole"), docs, options);
            TestIndexes.BuildInParts(LanguageProfile.Spanish, DocumentGenerator.Fields, documents, partSize: 13).WriteSplit(Path.Combine(folder.FullName, "parts"), docs, options);

            var files = Directory.GetFiles(Path.Combine(folder.FullName, "whole")).Select(Path.GetFileName).Order().ToList();
            Assert.Equal(files, Directory.GetFiles(Path.Combine(folder.FullName, "parts")).Select(Path.GetFileName).Order().ToList());
            Assert.All(files, file => Assert.Equal(
                File.ReadAllText(Path.Combine(folder.FullName, "whole", file!)), File.ReadAllText(Path.Combine(folder.FullName, "parts", file!))));
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    [Fact]
    public void Appending_a_part_with_a_ref_already_added_is_refused()
    {
        var first = new LunrIndexBuilder(LanguageProfile.English, [new("body")]);
        first.Add("doc", new Dictionary<string, string?> { ["body"] = "one" });
        var second = new LunrIndexBuilder(LanguageProfile.English, [new("body")]);
        second.Add("doc", new Dictionary<string, string?> { ["body"] = "two" });

        Assert.Throws<ArgumentException>(() => first.Append(second));
    }

    private static string Build(string language) =>
        TestIndexes.BuildWithCSharp(LanguageProfile.ForLocale(language), DocumentGenerator.Fields, DocumentGenerator.Generate(language, 100, seed: 11));
}
