using PartnerDocs.Diagnostics;

namespace PartnerDocs.Markdown;

/// <summary>Turns character offsets in a Markdown string into file positions.</summary>
internal sealed class LineMap
{
    private readonly int[] lineStarts;
    private readonly string file;
    private readonly int firstLine;
    private readonly IReadOnlyList<int>? fileLines;

    /// <param name="fileLines">When the text was generated (a YAML page), the file line of each of its lines; else lines count from <paramref name="firstLine"/>.</param>
    public LineMap(string text, string file, int firstLine, IReadOnlyList<int>? fileLines = null)
    {
        this.file = file;
        this.firstLine = firstLine;
        this.fileLines = fileLines;
        var starts = new List<int>(text.AsSpan().Count('\n') + 1) { 0 };
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

        if (fileLines is not null)
        {
            return new SourceLocation(file, fileLines.Count == 0 ? 1 : fileLines[Math.Min(index, fileLines.Count - 1)], 1);
        }

        return new SourceLocation(file, firstLine + index, offset - lineStarts[index] + 1);
    }
}
