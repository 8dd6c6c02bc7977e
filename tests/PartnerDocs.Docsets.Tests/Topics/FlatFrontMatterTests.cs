using CsCheck;
using PartnerDocs.Diagnostics;
using PartnerDocs.Topics;

namespace PartnerDocs.Tests.Topics;

/// <summary>The fast reader of flat front matter takes only what the YAML reader reads the same way.</summary>
public class FlatFrontMatterTests
{
    private static readonly string[] Keys = ["title", "ms.date", "description", "ms.topic", "a-b_c.1", "x", "null", "-k", "k k", "é", "[k]"];

    private static readonly string[] ValuePieces =
    [
        "a", "Word", " ", "  ", "\t", ":", ": ", "#", " #", "\"", "'", "''", "\\", "-", "- ", "?", ",", "[", "]", "{", "}", "&a", "*a", "!",
        "!!str ", "|", ">", "%", "@", "`", "~", "null", "true", "1.0", "05/05/2020", "https://example.com/a?b=c#d", "é", "日本",
        "\u00A0", "\u0085", "\u2028", "\u2029", "\uFEFF", "\uD800", "\U0001F600", "\u007F", "\u0001", "\r", "...", "---",
    ];

    [Theory]
    [InlineData("title: Plain text\nms.date: 05/05/2020\n")]
    [InlineData("title: \"Quoted: with colon\"\ndescription: 'single # quoted'\n")]
    [InlineData("title:\nempty: \nurl: https://example.com/a:b\n")]
    [InlineData("title: a, b, c\nms.topic: null\nx: ~\ny: true\n")]
    [InlineData("title: it's \"fine\" here   \n")]
    [InlineData("title: \"  padded  \"\n")]
    [InlineData("title: a\u00A0\n")]
    public void Takes_flat_front_matter_as_yaml_reads_it(string yaml)
    {
        Assert.NotNull(FlatFrontMatter.TryRead(yaml, 1, 9));
        AssertSameAsYaml(yaml);
    }

    [Theory]
    [InlineData("title: a\n\nms.date: b\n")]
    [InlineData("# comment\ntitle: a\n")]
    [InlineData("title: a # comment\n")]
    [InlineData("title: a\ntitle: b\n")]
    [InlineData("title: a: b\n")]
    [InlineData("title: [a, b]\n")]
    [InlineData("title: &anchor a\n")]
    [InlineData("title: |\n  a\n")]
    [InlineData("title: a\n  continued\n")]
    [InlineData("title: \"a\\tb\"\n")]
    [InlineData("title: 'it''s'\n")]
    [InlineData("title:\ta\n")]
    [InlineData("title:a\n")]
    [InlineData("title: a\r\n")]
    [InlineData("title: -1\n")]
    [InlineData("title: \"open\n")]
    [InlineData("")]
    public void Leaves_anything_else_to_the_yaml_reader(string yaml) => Assert.Null(FlatFrontMatter.TryRead(yaml, 1, 9));

    [Fact]
    public void Reads_a_long_block_and_leaves_a_key_repeated_far_down_to_the_yaml_reader()
    {
        var yaml = string.Concat(Enumerable.Range(0, 5_000).Select(i => $"key{i}: value {i}\n"));

        var flat = FlatFrontMatter.TryRead(yaml, 1, 5_002);

        Assert.Equal(("value 4999", 5_001), (flat?.Get("key4999"), flat?.LineOf("key4999")));
        Assert.Null(FlatFrontMatter.TryRead(yaml + "key17: again\n", 1, 5_003));
        Assert.Null(FlatFrontMatter.TryRead("a: 1\nb: 2\na: 3\n", 1, 5));
    }

    [Fact]
    public void Generated_lines_read_as_yaml_reads_them() =>
        Gen.Select(Gen.OneOf(Keys), Gen.OneOf(": ", ":", ":  ", ": \"", ": '"), Gen.OneOf(ValuePieces).Array[0, 6].Select(string.Concat))
            .Select((key, colon, value) => key + colon + value + "\n")
            .Array[1, 5].Select(string.Concat)
            .Sample(AssertSameAsYaml, iter: 20_000);

    [Fact]
    public void The_real_corpora_front_matter_reads_as_yaml_reads_it()
    {
        var taken = 0;
        var files = new[] { Path.Combine(TestPaths.Shared, "corpus"), Path.Combine(TestPaths.RepoRoot, "content") }
            .SelectMany(root => Directory.EnumerateFiles(root, "*.md", SearchOption.AllDirectories))
            .ToList();
        foreach (var file in files)
        {
            var text = File.ReadAllText(file).TrimStart('\uFEFF').ReplaceLineEndings("\n");
            if (FrontMatterFence.Find(text, out _) is { } fence)
            {
                var yaml = text[fence.YamlStart..fence.YamlEnd];
                taken += FlatFrontMatter.TryRead(yaml, 1, 9) is null ? 0 : 1;
                AssertSameAsYaml(yaml);
            }
        }

        // The fast path is for exactly this front matter: most topics must take it.
        Assert.True(taken > files.Count * 9 / 10, $"{taken} of {files.Count} files read without YAML");
    }

    private static void AssertSameAsYaml(string yaml)
    {
        if (FlatFrontMatter.TryRead(yaml, 1, 9) is not { } flat)
        {
            return;
        }

        var diagnostics = new DiagnosticBag();
        var expected = FrontMatterReader.Parse(yaml, "en-us/a.md", 1, diagnostics, 9);
        Assert.Empty(diagnostics.ToSortedList());
        Assert.Equal(expected.Entries, flat.Entries);
        Assert.Equal(expected.LineCount, flat.LineCount);
        Assert.Equal(expected.IsEditable, flat.IsEditable);
    }
}
