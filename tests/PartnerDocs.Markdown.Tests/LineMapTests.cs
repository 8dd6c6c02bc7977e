using CsCheck;
using Markdig;
using PartnerDocs.Diagnostics;
using PartnerDocs.Markdown;

namespace PartnerDocs.Tests.Markdown;

/// <summary>Offsets become file lines and columns, from the line starts Markdig records or from those LineMap finds itself.</summary>
public class LineMapTests
{
    [Fact]
    public void An_offset_becomes_the_file_line_and_column_after_the_front_matter()
    {
        var lines = new LineMap("# A\n\ntext [x](y)\nlast", "en-us/a.md", firstLine: 5);

        Assert.Equal(
            [new SourceLocation("en-us/a.md", 5, 1), new SourceLocation("en-us/a.md", 7, 6), new SourceLocation("en-us/a.md", 8, 3)],
            [lines.Locate(0), lines.Locate(10), lines.Locate(19)]);
    }

    [Fact]
    public void Markdigs_line_starts_and_its_own_give_the_same_positions_for_any_line_ends_in_any_order()
    {
        var pipeline = new MarkdownPipelineBuilder().UsePreciseSourceLocation().Build();
        Gen.Select(Gen.OneOf("a", "bc", "# h", "- i", "\n", "\r", "\r\n", "\n\n").Array[0, 30].Select(string.Concat), Gen.Int[-2, 70].Array[0, 12])
            .Sample((text, offsets) =>
            {
                var recorded = new LineMap(text, "f.md", 1, lineStarts: Markdig.Markdown.Parse(text, pipeline).LineStartIndexes);
                var found = new LineMap(text, "f.md", 1);
                foreach (var offset in offsets)
                {
                    Assert.Equal(Expected(text, offset), recorded.Locate(offset));
                    Assert.Equal(Expected(text, offset), found.Locate(offset));
                }
            }, iter: 20_000);
    }

    [Fact]
    public void A_line_number_becomes_the_position_of_that_lines_start_for_any_line_ends()
    {
        var pipeline = new MarkdownPipelineBuilder().UsePreciseSourceLocation().Build();
        Gen.Select(Gen.OneOf("a", "bc", "# h", "\n", "\r", "\r\n").Array[0, 20].Select(string.Concat), Gen.Int[0, 25])
            .Sample((text, index) =>
            {
                var starts = LineStarts(text);
                var expected = Expected(text, index < starts.Count ? starts[index] : text.Length);
                Assert.Equal(expected, new LineMap(text, "f.md", 1, lineStarts: Markdig.Markdown.Parse(text, pipeline).LineStartIndexes).LocateLine(index));
                Assert.Equal(expected, new LineMap(text, "f.md", 1).LocateLine(index));
            }, iter: 10_000);
    }

    private static List<int> LineStarts(string text)
    {
        var starts = new List<int> { 0 };
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '\n' || (text[i] == '\r' && (i + 1 == text.Length || text[i + 1] != '\n')))
            {
                starts.Add(i + 1);
            }
        }

        return starts;
    }

    // Lines end at "\n", "\r\n" or a lone "\r", as Markdig reads them; beyond the end is the last line.
    private static SourceLocation Expected(string text, int offset)
    {
        var (line, start) = (0, 0);
        for (var i = 0; i < text.Length && i < Math.Max(offset, 0); i++)
        {
            if (text[i] == '\n' || (text[i] == '\r' && (i + 1 == text.Length || text[i + 1] != '\n')))
            {
                (line, start) = (line + 1, i + 1);
            }
        }

        return new SourceLocation("f.md", 1 + line, offset - start + 1);
    }
}
