using System.Security.Cryptography;
using System.Text;
using CsCheck;
using PartnerDocs.Topics;

namespace PartnerDocs.Tests.Topics;

/// <summary>The body hash is a contract (stamp writes it into translations): it must never change for any text.</summary>
public class ContentHashTests
{
    private static readonly string[] Pieces =
    [
        "a", "word", " ", "  ", "\t", "\v", "\u00A0", "\u3000", "\n", "\r", "\r\n", "\n\r", "\f", "\u0085", "\u2028", "\u2029",
        "é", "\U0001F600", "\uD800", "\uDC00", "# ", "```", "\n\n\n", "   \n", "\uFEFF",
    ];

    [Fact]
    public void Hash_is_the_formula_translations_recorded()
    {
        Assert.Equal(Formula("# Title\r\n\r\nSome text.  \n"), ContentHash.Of("# Title\r\n\r\nSome text.  \n"));
        Assert.Equal("b94d27b9934d3e08", ContentHash.Of("hello world"));
        Assert.Equal(ContentHash.Of(""), ContentHash.Of(" \n\r\n\t"));
    }

    [Fact]
    public void Any_text_hashes_as_the_recorded_formula() =>
        Gen.OneOf(Pieces).Array[0, 60].Select(string.Concat)
            .Sample(text => Assert.Equal(Formula(text), ContentHash.Of(text)), iter: 20_000);

    // The definition: line ends made "\n", each line's trailing whitespace dropped, the whole trimmed, SHA-256 of the UTF-8.
    private static string Formula(string markdown)
    {
        var normalized = string.Join('\n', markdown.ReplaceLineEndings("\n").Split('\n').Select(l => l.TrimEnd())).Trim();
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(normalized)))[..16];
    }
}
