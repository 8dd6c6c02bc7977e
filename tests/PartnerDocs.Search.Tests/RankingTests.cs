using System.Text.Json;
using PartnerDocs.Tests.Cli;

namespace PartnerDocs.Tests.Search;

/// <summary>Ranking on built sites, searched in node by search-engine.js as the results page searches.</summary>
public class RankingTests
{
    [Fact]
    public void The_judged_queries_for_content_reach_a_mean_reciprocal_rank_of_at_least_0_9_in_every_locale()
    {
        using var temp = TempDocset.Create();
        Assert.Equal(0, CliRunner.Run("build", Path.Combine(TestPaths.RepoRoot, "content"), "-o", temp.PathOf("_site")).ExitCode);

        var scores = Judge(temp.PathOf("_site"), Path.Combine(TestPaths.RepoRoot, "tests", "PartnerDocs.Search.Tests", "judged-queries.json"));

        Assert.Equal(["en-us", "es-es", "fr-fr"], scores.Keys.Order(StringComparer.Ordinal));
        Assert.All(scores, score => Assert.True(score.Value >= 0.9, $"{score.Key}: MRR {score.Value:0.000}"));
    }

    [Fact]
    public void A_page_with_the_word_in_its_title_outranks_one_with_it_only_in_its_description()
    {
        using var temp = TempDocset.Create(
            ("docs/en-us/TOC.md", "# [Home](index.md)\n## [Invoices](invoices.md)\n"),
            ("docs/en-us/index.md", "---\ndescription: Everything about invoices, payments and invoices again.\n---\n# Home\n\nWelcome to the partner docs.\n"),
            ("docs/en-us/invoices.md", "# Invoices\n\nEach month brings a statement with your charges, taxes and credits listed line by line for review.\n"));
        Assert.Equal(0, CliRunner.Run("build", temp.PathOf("docs"), "-o", temp.PathOf("_site")).ExitCode);
        var judgments = temp.PathOf("judged.json");
        File.WriteAllText(judgments, """{"en-us":[["invoice","invoices.html"],["invoices","invoices.html"]]}""");

        Assert.Equal(1.0, Judge(temp.PathOf("_site"), judgments)["en-us"]);
    }

    private static Dictionary<string, double> Judge(string site, string judgments)
    {
        var output = Path.Combine(Path.GetTempPath(), $"mrr-{Guid.NewGuid():N}.json");
        try
        {
            NodeOracle.Execute("node", [Path.Combine(TestPaths.RepoRoot, "tests", "PartnerDocs.Search.Tests", "node", "judged-mrr.js"), site, judgments, output]);
            return JsonSerializer.Deserialize<Dictionary<string, double>>(File.ReadAllText(output))!;
        }
        finally
        {
            File.Delete(output);
        }
    }
}
