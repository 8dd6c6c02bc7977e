using PartnerDocs.Translation.Status;

namespace PartnerDocs.Tests.Translation;

public class WordCounterTests
{
    [Theory]
    [InlineData("Pay your invoice every month.", 5)]
    [InlineData("## Read your bill", 3)]
    [InlineData("Gérez l’abonnement de l'utilisateur", 4)]
    [InlineData("Partner Center operated by 21Vianet, version 2.5", 7)]
    [InlineData("See [read your bill](read-your-bill.md#totals \"Bill\") or https://example.com/a/b.", 5)]
    [InlineData("# <a name=\"billing\"></a>Facturación y pagos", 3)]
    [InlineData("<table><tr><td>Tipo de cuenta</td></tr></table>", 3)]
    [InlineData("> [!NOTE]\n> Read this first.", 3)]
    [InlineData("| Column | Other |\n|---|---|\n| a | b |", 4)]
    [InlineData("合作伙伴中心", 6)]
    [InlineData("パートナー センター", 9)]
    [InlineData("Partner Center 合作伙伴中心 (21Vianet)", 9)]
    [InlineData("--- *** ___ 123", 1)]
    public void Counts_the_words_a_translator_translates_and_CJK_characters_one_each(string markdown, int words)
    {
        Assert.Equal(words, WordCounter.Count(markdown));
    }

    [Fact]
    public void Changed_paragraphs_ignore_rewrapping_and_match_each_old_paragraph_once()
    {
        var old = "# Title\n\nFirst line\nwrapped here.\n\nSame.\n\nGone.\n";
        var current = "# Title\n\nFirst line wrapped   here.\n\nSame.\n\nSame.\n\nNew text.\n";

        Assert.Equal(["Same.", "New text."], Paragraphs.Changed(old, current));
    }
}
