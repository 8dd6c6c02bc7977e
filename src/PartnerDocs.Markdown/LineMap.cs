using PartnerDocs.Diagnostics;

namespace PartnerDocs.Markdown;

/// <summary>Turns character offsets in a Markdown string into file positions.</summary>
internal sealed class LineMap
{
    private readonly int[] lineStarts;
    private readonly string file;
    private readonly int firstLine;

    public LineMap(string text, string file, int firstLine)
    {
        this.file = file;
        this.firstLine = firstLine;
        var starts = new List<int> { 0 };
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '\n' || (c == '\r' && (i + 1 == text.Length || text[i + 1] != '\n')))
            {
                starts.Add(i + 1);
            }
        }

        lineStarts = [.. starts];
    }

    public SourceLocation Locate(int offset)
    {
        var index = Array.BinarySearch(lineStarts, Math.Max(offset, 0));
        if (index < 0)
        {
            index = ~index - 1;
        }

        return new SourceLocation(file, firstLine + index, offset - lineStarts[index] + 1);
    }
}
