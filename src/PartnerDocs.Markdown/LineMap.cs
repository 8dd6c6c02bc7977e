using System.Buffers;
using PartnerDocs.Diagnostics;

namespace PartnerDocs.Markdown;

/// <summary>
/// Turns character offsets in a Markdown string into file positions. Positions asked for in document order (nearly all)
/// are found by counting line ends forward from the last one; any other order, or a text with CR line ends, switches to a
/// table of line starts (pooled, given back on dispose) and a binary search, so no order costs more than one pass.
/// </summary>
internal sealed class LineMap : IDisposable
{
    private readonly string text;
    private readonly string file;
    private readonly int firstLine;
    private readonly IReadOnlyList<int>? fileLines;

    // Forward counting: line ends before countedTo are counted; lineIndex and lineStart are those of countedTo's line.
    private int countedTo;
    private int lineIndex;
    private int lineStart;

    private int[]? lineStarts;
    private int lineCount;

    /// <param name="fileLines">When the text was generated (a YAML page), the file line of each of its lines; else lines count from <paramref name="firstLine"/>.</param>
    public LineMap(string text, string file, int firstLine, IReadOnlyList<int>? fileLines = null)
    {
        this.text = text;
        this.file = file;
        this.firstLine = firstLine;
        this.fileLines = fileLines;
        if (text.Contains('\r'))
        {
            BuildTable();
        }
    }

    public SourceLocation Locate(int offset)
    {
        var target = Math.Max(offset, 0);
        var (index, start) = lineStarts is null && target >= countedTo ? CountTo(Math.Min(target, text.Length)) : Search(target);
        if (fileLines is not null)
        {
            return new SourceLocation(file, fileLines.Count == 0 ? 1 : fileLines[Math.Min(index, fileLines.Count - 1)], 1);
        }

        return new SourceLocation(file, firstLine + index, offset - start + 1);
    }

    public void Dispose()
    {
        if (lineStarts is not null)
        {
            ArrayPool<int>.Shared.Return(lineStarts);
            lineStarts = null;
        }
    }

    private (int Index, int Start) CountTo(int offset)
    {
        var span = text.AsSpan(countedTo, offset - countedTo);
        var last = span.LastIndexOf('\n');
        if (last >= 0)
        {
            lineIndex += span.Count('\n');
            lineStart = countedTo + last + 1;
        }

        countedTo = offset;
        return (lineIndex, lineStart);
    }

    private (int Index, int Start) Search(int offset)
    {
        if (lineStarts is null)
        {
            BuildTable();
        }

        var index = Array.BinarySearch(lineStarts!, 0, lineCount, offset);
        if (index < 0)
        {
            index = ~index - 1;
        }

        return (index, lineStarts![index]);
    }

    // A line ends at "\n", "\r\n" or a lone "\r"; the vectorized searches skip the text between line ends.
    private void BuildTable()
    {
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
}
