using System.Text.Json;
using PartnerDocs.Search;

namespace PartnerDocs.Tests.Search;

/// <summary>The C# builder against lunr.js itself on generated documents: same bytes, and same search results.</summary>
public class LunrJsComparisonTests
{
    public static TheoryData<string, bool> Languages => new() {
        { "en", false }, { "es", false }, { "fr", false }, { "de", false }, { "ja", false }, { "en", true }, { "fr", true }, { "ja", true },
    };

    [Theory]
    [MemberData(nameof(Languages))]
    public void Generated_documents_serialize_byte_identical_to_lunr_js(string language, bool storePositions)
    {
        var profile = LanguageProfile.ForLocale(language);
        var documents = DocumentGenerator.Generate(language, 400, seed: language.GetHashCode(StringComparison.Ordinal) & 0xFFFF);

        var ours = TestIndexes.BuildWithCSharp(profile, DocumentGenerator.Fields, documents, storePositions);
        var theirs = TestIndexes.BuildWithLunrJs(profile, DocumentGenerator.Fields, documents, storePositions);

        AssertSameText(theirs, ours);
    }

    public static TheoryData<string, double, double> EdgeCases => new()
    {
        { "no documents", 1, 1 },
        { "huge boosts", 1e20, 3e7 },
        { "negative boosts", -2, -0.5 },
        { "tiny boosts", 1e-9, 1 },
    };

    [Theory]
    [MemberData(nameof(EdgeCases))]
    public void Edge_cases_serialize_byte_identical_to_lunr_js(string name, double fieldBoost, double documentBoost)
    {
        LunrField[] fields = [new("title", fieldBoost), new("body")];
        var documents = name == "no documents" ? [] : DocumentGenerator.Generate("en", 30, seed: 3)
            .Select(d => d with { Fields = new() { ["title"] = d.Fields["title"], ["body"] = d.Fields["body"] }, Boost = documentBoost })
            .ToList();

        AssertSameText(
            TestIndexes.BuildWithLunrJs(LanguageProfile.English, fields, documents),
            TestIndexes.BuildWithCSharp(LanguageProfile.English, fields, documents));
    }

    [Theory]
    [InlineData("en")]
    [InlineData("ja")]
    public void A_capital_sigma_lowercases_by_its_neighbours_across_token_boundaries_as_in_lunr_js(string language)
    {
        // U+FEFF splits tokens but is case-ignorable: the letters beyond it decide between σ and ς.
        LunrField[] fields = [new("body")];
        List<TestDocument> documents =
        [
            new("a", new() { ["body"] = "ΟΔΟΣ ΟΔΟΣ\uFEFFΑ Α\uFEFFΣ Σ\uFEFFΑ ΑΣ\uFEFF'Α ΟΔΟΣ" }, 1),
            new("b", new() { ["body"] = "Α\uFEFFΣ ΟΔΟΣ\uFEFFΑ ΣΑΣ İSTANBUL İstanbul ΟΔΟΣ\uFEFF" }, 1),
        ];

        AssertSameText(
            TestIndexes.BuildWithLunrJs(LanguageProfile.ForLocale(language), fields, documents),
            TestIndexes.BuildWithCSharp(LanguageProfile.ForLocale(language), fields, documents));
    }

    [Theory]
    [InlineData("en")]
    [InlineData("es")]
    [InlineData("fr")]
    [InlineData("de")]
    [InlineData("ja")]
    public void Lunr_js_finds_the_same_refs_and_scores_in_our_index_as_in_its_own(string language)
    {
        var profile = LanguageProfile.ForLocale(language);
        var documents = DocumentGenerator.Generate(language, 200, seed: 7);
        var directory = Directory.CreateTempSubdirectory("lunr-search-");
        try
        {
            var ourIndex = Path.Combine(directory.FullName, "ours.json");
            var theirIndex = Path.Combine(directory.FullName, "theirs.json");
            File.WriteAllText(ourIndex, TestIndexes.BuildWithCSharp(profile, DocumentGenerator.Fields, documents));
            File.WriteAllText(theirIndex, TestIndexes.BuildWithLunrJs(profile, DocumentGenerator.Fields, documents));
            var queries = Queries(documents);

            var results = JsonDocument.Parse(NodeOracle.Run("search", JsonSerializer.Serialize(new { indexes = new[] { ourIndex, theirIndex }, queries })));

            var ours = results.RootElement[0];
            var theirs = results.RootElement[1];
            Assert.Equal(queries.Length, ours.GetArrayLength());
            Assert.Contains(theirs.EnumerateArray(), r => r.ValueKind == JsonValueKind.Array && r.GetArrayLength() > 1);
            for (var i = 0; i < queries.Length; i++)
                Assert.True(theirs[i].GetRawText() == ours[i].GetRawText(), $"Query '{queries[i]}': lunr.js own index {theirs[i]}, ours {ours[i]}");
        }
        finally
        {
            directory.Delete(recursive: true);
        }
    }

    // Single words from the documents, plus lunr query syntax: fields, wildcards, presence, boosts, edit distance.
    private static string[] Queries(List<TestDocument> documents)
    {
        var words = documents.SelectMany(d => d.Fields.Values).OfType<string>()
            .SelectMany(v => v.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            .Where(w => !w.Contains(':') && !w.Contains('~') && !w.Contains('^') && !w.Contains('*'))
            .Distinct().Take(60).ToList();
        string[] syntax = ["title:configuration", "body:serv*", "+configur -menu", "instal*", "rapid~1", "servidor^10 paquet",
            "conf* title:guide", "fréquentes", "rápida", "2", "\"quoted\"", "factu*", "Über*", "übersicht", "title:rechnung",
            "账单", "订阅 azure", "請求書", "サブスクリプション", "顧客を管理", "账", "ko*", "*tion", "ser*er"];
        return [.. words, .. syntax, string.Join(' ', words.Take(5))];
    }

    [Theory]
    [InlineData("en")]
    [InlineData("es")]
    [InlineData("fr")]
    [InlineData("de")]
    [InlineData("ja")]
    public void The_split_index_answers_every_query_with_lunr_js_refs_and_scores(string language)
    {
        var profile = LanguageProfile.ForLocale(language);
        var documents = DocumentGenerator.Generate(language, 300, seed: 5);
        var directory = Directory.CreateTempSubdirectory("lunr-split-");
        try
        {
            var fullIndex = Path.Combine(directory.FullName, "lunr.json");
            File.WriteAllText(fullIndex, TestIndexes.BuildWithLunrJs(profile, DocumentGenerator.Fields, documents));
            var split = Path.Combine(directory.FullName, "split");
            var stats = TestIndexes.BuildSplit(profile, DocumentGenerator.Fields, documents, split, new SplitIndexOptions(ShardChars: 2_000, DocsPerChunk: 7));
            Assert.True(stats.Shards > 5, $"only {stats.Shards} shards");
            var queries = Queries(documents);

            var theirs = JsonDocument.Parse(NodeOracle.Run("search", JsonSerializer.Serialize(new { indexes = new[] { fullIndex }, queries }))).RootElement[0];
            var ours = JsonDocument.Parse(NodeOracle.Run("split", JsonSerializer.Serialize(new { folder = split, queries, aliases = false }))).RootElement;

            Assert.Contains(theirs.EnumerateArray(), r => r.ValueKind == JsonValueKind.Array && r.GetArrayLength() > 1);
            for (var i = 0; i < queries.Length; i++)
                Assert.True(theirs[i].GetRawText() == ours[i].GetRawText(), $"Query '{queries[i]}': lunr.js {theirs[i]}, split index {ours[i]}");
        }
        finally
        {
            directory.Delete(recursive: true);
        }
    }

    private static void AssertSameText(string expected, string actual)
    {
        if (expected == actual)
            return;
        var at = 0;
        while (at < Math.Min(expected.Length, actual.Length) && expected[at] == actual[at])
            at++;
        var from = Math.Max(0, at - 150);
        Assert.Fail($"Index differs from lunr.js at char {at} of {expected.Length}/{actual.Length}:\n"
            + $"lunr.js: …{expected[from..Math.Min(expected.Length, at + 150)]}\nours:    …{actual[from..Math.Min(actual.Length, at + 150)]}");
    }
}
