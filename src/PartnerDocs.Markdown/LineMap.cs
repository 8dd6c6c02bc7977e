using System.Buffers;
using PartnerDocs.Diagnostics;

namespace PartnerDocs.Markdown;

/// <summary>Turns character offsets in a Markdown string into file positions; one parse's, its line table pooled.</summary>
internal sealed class LineMap : IDisposable
{
    private int[] lineStarts;
    private readonly int lineCount;
    private readonly string file;
    private readonly int firstLine;
    private readonly IReadOnlyList<int>? fileLines;

    /// <param name="fileLines">When the text was generated (a YAML page), the file line of each of its lines; else lines count from <paramref name="firstLine"/>.</param>
    public LineMap(string text, string file, int firstLine, IReadOnlyList<int>? fileLines = null)
    {
        this.file = file;
        this.firstLine = firstLine;
        this.fileLines = fileLines;
        // A line ends at "\n", "\r\n" or a lone "\r"; the vectorized searches skip the text between line ends.
        var span = text.AsSpan();
        var starts = ArrayPool<int>.Shared.Rent(span.Count('\n') + 1);
        starts[0] = 0;
        var count = 1;
        for (var at = span.IndexOfAny('\n', '\r'); at >= 0; at = NextLineEnd(span, at + 1))
        {
            if (span[at] == '\n' || at + 1 == span.Length || span[at + 1] != '\n')
            {
                if (count == starts.Length)
                {
                    var larger = ArrayPool<int>.Shared.Rent(count * 2);
                    starts.AsSpan().CopyTo(larger);
                    ArrayPool<int>.Shared.Return(starts);
                    starts = larger;
                }

                starts[count++] = at + 1;
            }
        }

        lineStarts = starts;
        lineCount = count;
    }

    private static int NextLineEnd(ReadOnlySpan<char> text, int from) => text[from..].IndexOfAny('\n', '\r') is var found and >= 0 ? from + found : -1;

    public SourceLocation Locate(int offset)
    {
        var index = Array.BinarySearch(lineStarts, 0, lineCount, Math.Max(offset, 0));
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

    public void Dispose()
    {
        ArrayPool<int>.Shared.Return(lineStarts);
        lineStarts = [];
    }
}
