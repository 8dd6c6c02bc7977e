using System.Runtime.InteropServices;
using PartnerDocs.Diagnostics;

namespace PartnerDocs.Markdown;

/// <summary>
/// Turns character offsets in a Markdown string into file positions, through the start of each line: those Markdig
/// recorded while it parsed the string (the pipeline keeps precise source locations), or, for a string it did not
/// parse, ones found here. A line ends at "\n", "\r\n" or a lone "\r", as Markdig reads lines.
/// </summary>
internal sealed class LineMap
{
    private readonly string text;
    private readonly string file;
    private readonly int firstLine;
    private readonly IReadOnlyList<int>? fileLines;
    private readonly List<int> lineStarts;

    /// <param name="fileLines">When the text was generated (a YAML page), the file line of each of its lines; else lines count from <paramref name="firstLine"/>.</param>
    /// <param name="lineStarts">Markdig's <c>MarkdownDocument.LineStartIndexes</c> of <paramref name="text"/>, if it parsed it.</param>
    public LineMap(string text, string file, int firstLine, IReadOnlyList<int>? fileLines = null, List<int>? lineStarts = null)
    {
        this.text = text;
        this.file = file;
        this.firstLine = firstLine;
        this.fileLines = fileLines;
        this.lineStarts = lineStarts is { Count: > 0 } ? lineStarts : LineStarts(text);
    }

    public SourceLocation Locate(int offset)
    {
        var (index, start) = LineOf(Math.Clamp(offset, 0, text.Length));
        if (fileLines is not null)
        {
            return new SourceLocation(file, fileLines.Count == 0 ? 1 : fileLines[Math.Min(index, fileLines.Count - 1)], 1);
        }

        return new SourceLocation(file, firstLine + index, offset - start + 1);
    }

    /// <summary>Where the 0-based line <paramref name="index"/> starts (past the last line: the end of the text).</summary>
    public SourceLocation LocateLine(int index) => Locate(index < lineStarts.Count ? lineStarts[index] : text.Length);

    private (int Index, int Start) LineOf(int offset)
    {
        var starts = CollectionsMarshal.AsSpan(lineStarts);
        var index = starts.BinarySearch(offset);
        if (index >= 0)
        {
            return (index, offset);
        }

        index = ~index - 1;
        // Markdig records no start for the empty line after a text's last line end.
        if (index == starts.Length - 1 && NextLineStart(text, starts[index]) is var next and > 0 && next <= offset)
        {
            return (index + 1, next);
        }

        return (index, starts[index]);
    }

    private static List<int> LineStarts(string text)
    {
        var starts = new List<int> { 0 };
        for (var next = NextLineStart(text, 0); next > 0; next = NextLineStart(text, next))
        {
            starts.Add(next);
        }

        return starts;
    }

    // Where the line after the one starting at start begins, or -1 when that line has no end.
    private static int NextLineStart(string text, int start)
    {
        var end = text.AsSpan(start).IndexOfAny('\n', '\r');
        if (end < 0)
        {
            return -1;
        }

        end += start;
        return text[end] == '\r' && end + 1 < text.Length && text[end + 1] == '\n' ? end + 2 : end + 1;
    }
}
