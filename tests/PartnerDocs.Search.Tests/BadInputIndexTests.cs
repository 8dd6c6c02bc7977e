using System.Text;
using System.Text.Json;
using PartnerDocs.Search;
using PartnerDocs.Tests.Cli;

namespace PartnerDocs.Tests.Search;

/// <summary>Hostile text indexes without error, and the split index still loads and answers like lunr.js.</summary>
public class BadInputIndexTests
{
    private static readonly string MegabyteOfOneWord = new StringBuilder().Insert(0, "lorem ", 175_000).ToString();
    private static readonly string LongToken = new('x', 10_000);
    private const string Emoji = "Party 🎉 family 👩‍👩‍👧 flag 🇨🇳 ok👍";
    private const string CombiningMarks = "cafe\u0301 e\u0301\u0301\u0301 a\u0308\u0308 Z\u0351\u0352\u0353algo";
    private const string RightToLeft = "مرحبا بالعالم الفواتير، שלום עולם חשבונית";
    private const string LoneSurrogates = "lone\uD800 \uDC00alone mid\uD83Dx end\uDE00";

    public static TheoryData<string> Languages => new() { "en", "es", "fr", "de", "ja" };

    [Theory]
    [MemberData(nameof(Languages))]
    public void Hostile_text_indexes_and_the_split_index_answers_like_lunr_js(string language)
    {
        var profile = LanguageProfile.ForLocale(language);
        LunrField[] fields = [new("title", 10), new("body")];
        List<TestDocument> documents =
        [
            new("a", new() { ["title"] = "lorem", ["body"] = MegabyteOfOneWord }),
            new("b", new() { ["title"] = "long", ["body"] = LongToken + " " + LongToken[..5000] }),
            new("c", new() { ["title"] = "emoji", ["body"] = Emoji }),
            new("d", new() { ["title"] = "marks", ["body"] = CombiningMarks }),
            new("e", new() { ["title"] = "rtl", ["body"] = RightToLeft }),
            new("f", new() { ["title"] = "surrogates", ["body"] = LoneSurrogates }),
        ];
        var directory = Directory.CreateTempSubdirectory("lunr-bad-");
        try
        {
            var fullIndex = Path.Combine(directory.FullName, "lunr.json");
            File.WriteAllText(fullIndex, TestIndexes.BuildWithLunrJs(profile, fields, documents));
            var split = Path.Combine(directory.FullName, "split");
            TestIndexes.BuildSplit(profile, fields, documents, split, new SplitIndexOptions(ShardChars: 500));
            string[] queries = ["lorem", LongToken, "x*", "🎉", "👍", "café", "cafe\u0301", "مرحبا", "الفواتير", "חשבונית", "lone", "alone", "mid*"];

            var theirs = JsonDocument.Parse(NodeOracle.Run("search", JsonSerializer.Serialize(new { indexes = new[] { fullIndex }, queries }))).RootElement[0];
            var ours = JsonDocument.Parse(NodeOracle.Run("split", JsonSerializer.Serialize(new { folder = split, queries, aliases = false }))).RootElement;

            for (var i = 0; i < queries.Length; i++)
            {
                Assert.Equal(JsonValueKind.Array, ours[i].ValueKind);
                Assert.True(theirs[i].GetRawText() == ours[i].GetRawText(), $"Query {i}: lunr.js {theirs[i]}, split index {ours[i]}");
            }
            Assert.Equal("a", ours[0][0].GetProperty("ref").GetString());
        }
        finally
        {
            directory.Delete(recursive: true);
        }
    }

    [Fact]
    public void A_site_with_hostile_pages_builds_and_its_index_loads()
    {
        using var temp = TempDocset.Create(
            ("docs/partnerdocs.yml", "sourceLocale: en-us\nlocales: [en-us, ja-jp]\n"),
            ("docs/en-us/TOC.md", "# [Home](index.md)\n## [Big](big.md)\n## [Odd](odd.md)\n"),
            ("docs/en-us/index.md", "# Home\n\nWelcome.\n"),
            ("docs/en-us/big.md", "# Big\n\n" + MegabyteOfOneWord + "\n"),
            ("docs/en-us/odd.md", $"# Odd\n\n{LongToken}\n\n{Emoji}\n\n{CombiningMarks}\n\n{RightToLeft}\n"),
            ("docs/ja-jp/TOC.md", "# [ホーム](index.md)\n## [Odd](odd.md)\n"),
            ("docs/ja-jp/index.md", "# ホーム\n\nようこそ。\n"),
            ("docs/ja-jp/odd.md", $"# Odd\n\n{LongToken}\n\n{Emoji}\n\n{CombiningMarks}\n\n{RightToLeft}\n"));

        var result = CliRunner.Run("build", temp.PathOf("docs"), "-o", temp.PathOf("_site"));

        Assert.True(result.ExitCode == 0, result.Stderr);
        foreach (var locale in new[] { "en-us", "ja-jp" })
        {
            string[] queries = ["lorem", "🎉", "مرحبا", "x*", "ようこそ"];
            var answers = JsonDocument.Parse(NodeOracle.Run("split", JsonSerializer.Serialize(new { folder = temp.PathOf($"_site/{locale}/search"), queries, aliases = true }))).RootElement;
            Assert.All(answers.EnumerateArray(), answer => Assert.Equal(JsonValueKind.Array, answer.ValueKind));
            // English is lunr.js's own pipeline, whose ASCII trimmer drops emoji; the Unicode profile keeps them.
            Assert.NotEqual(0, answers[locale == "en-us" ? 0 : 1].GetArrayLength());
        }
    }
}
