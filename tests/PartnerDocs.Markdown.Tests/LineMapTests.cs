using CsCheck;
using PartnerDocs.Diagnostics;
using PartnerDocs.Markdown;

namespace PartnerDocs.Tests.Markdown;

/// <summary>Offsets become file lines and columns the same way whatever order they are asked in.</summary>
public class LineMapTests
{
    [Fact]
    public void Positions_asked_in_document_order_count_lines_forward()
    {
        using var lines = new LineMap("# A\n\ntext [x](y)\nlast", "en-us/a.md", firstLine: 5);

        Assert.Equal(
            [new SourceLocation("en-us/a.md", 5, 1), new SourceLocation("en-us/a.md", 7, 6), new SourceLocation("en-us/a.md", 8, 3)],
            [lines.Locate(0), lines.Locate(10), lines.Locate(19)]);
    }

    [Fact]
    public void Any_order_and_any_line_end_give_the_positions_of_one_table() =>
        Gen.Select(Gen.OneOf("a", "bc", "\n", "\r", "\r\n", "\n\n").Array[0, 30].Select(string.Concat), Gen.Int[-2, 70].Array[0, 12])
            .Sample((text, offsets) =>
            {
                using var lines = new LineMap(text, "f.md", 1);
                foreach (var offset in offsets)
                {
                    Assert.Equal(Expected(text, offset), lines.Locate(offset));
                }
            }, iter: 20_000);

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
