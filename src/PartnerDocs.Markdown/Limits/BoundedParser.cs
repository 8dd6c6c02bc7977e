using System.Buffers;
using System.Text;
using Markdig;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace PartnerDocs.Markdown.Limits;

/// <summary>A place in the parsed text that was shown as plain text, and why.</summary>
internal readonly record struct TooDeepFinding(int LineIndex, string Message);

/// <summary>
/// Parses Markdown in bounded time and never throws: lines nested deeper than <see cref="MarkdownLimits"/> become plain
/// text before parsing (deep prefixes make Markdig quadratic), and a block Markdig still rejects (its own depth limit,
/// e.g. 50,000 '[') becomes plain text after. Line count and line numbers stay as written.
/// </summary>
internal static class BoundedParser
{
    private const int MaxFindings = 20;
    private const string AsciiPunctuation = "!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~";

    // What a line's container prefix is made of (see LinePrefix); each of these characters adds at most two levels (a tab: four columns).
    private static readonly SearchValues<char> PrefixChars = SearchValues.Create(" \t>-*+0123456789.)");

    public static (MarkdownDocument Document, string Text) Parse(string markdown, MarkdownPipeline pipeline, List<TooDeepFinding> findings)
    {
        var text = MayHaveDeepLines(markdown) ? FlattenDeepLines(markdown, Line.Split(markdown), findings) : markdown;
        if (TryParse(text, pipeline, out var document, out _))
        {
            return (document, text);
        }

        var lines = Line.Split(text);
        var failing = FailingBlocks(text, lines, pipeline, findings);
        var flat = new bool[lines.Count];
        foreach (var (first, last) in failing.Count > 0 ? failing : [(0, lines.Count - 1)])
        {
            Array.Fill(flat, true, first, last - first + 1);
        }

        text = Flatten(text, lines, flat);
        if (TryParse(text, pipeline, out document, out _))
        {
            return (document, text);
        }

        lines = Line.Split(text);
        text = Flatten(text, lines, [.. Enumerable.Repeat(true, lines.Count)]);
        return TryParse(text, pipeline, out document, out _) ? (document, text) : (new MarkdownDocument(), text);
    }

    // A cheap pass over every line first: only a line that starts with enough prefix characters can be too deep to parse.
    private static bool MayHaveDeepLines(string markdown)
    {
        const int prefixLength = MarkdownLimits.MaxLineDepth / 2 + 1;
        var rest = markdown.AsSpan();
        while (!rest.IsEmpty)
        {
            var newline = rest.IndexOfAny('\n', '\r');
            var line = newline < 0 ? rest : rest[..newline];
            if (line.Length >= prefixLength && !line[..prefixLength].ContainsAnyExcept(PrefixChars))
            {
                return true;
            }

            rest = newline < 0 ? [] : rest[(newline + 1)..];
        }

        return false;
    }

    private static string FlattenDeepLines(string markdown, List<Line> lines, List<TooDeepFinding> findings)
    {
        var flat = new bool[lines.Count];
        var fence = default(Fence);
        int count = 0, first = -1, deepest = 0;
        for (var i = 0; i < lines.Count; i++)
        {
            var line = lines[i];
            var prefix = LinePrefix.Of(markdown, line.Start, line.End);
            if (prefix.Depth > (fence.IsOpen ? MarkdownLimits.MaxFencedLineDepth : MarkdownLimits.MaxLineDepth))
            {
                flat[i] = true;
                first = first < 0 ? i : first;
                count++;
                deepest = Math.Max(deepest, prefix.Depth);
                continue;
            }

            fence = fence.Next(markdown, prefix.End, line.End);
        }

        if (count == 0)
        {
            return markdown;
        }

        var more = count > 1 ? $" ({count - 1} more such lines follow)" : "";
        findings.Add(new TooDeepFinding(first,
            $"Markdown nested {deepest} levels deep (block quotes, list items, 2 columns of indentation each); PartnerDocs parses at most {MarkdownLimits.MaxLineDepth} and shows deeper lines as plain text{more}."));
        return Flatten(markdown, lines, flat);
    }

    // Blocks are runs of lines between blank lines; each one Markdig rejects on its own is reported and flattened.
    private static List<(int First, int Last)> FailingBlocks(string text, List<Line> lines, MarkdownPipeline pipeline, List<TooDeepFinding> findings)
    {
        var failing = new List<(int, int)>();
        var i = 0;
        while (i < lines.Count)
        {
            if (lines[i].IsBlank(text))
            {
                i++;
                continue;
            }

            var first = i;
            while (i < lines.Count && !lines[i].IsBlank(text))
            {
                i++;
            }

            var block = text[lines[first].Start..lines[i - 1].Next];
            if (!TryParse(block, pipeline, out _, out var error))
            {
                failing.Add((first, i - 1));
                if (findings.Count < MaxFindings)
                {
                    findings.Add(new TooDeepFinding(first, $"this block is nested too deeply for Markdig ({error}); it is shown as plain text."));
                }
            }
        }

        return failing;
    }

    private static bool TryParse(string text, MarkdownPipeline pipeline, out MarkdownDocument document, out string? error)
    {
        try
        {
            document = Markdig.Markdown.Parse(text, pipeline);
            error = IsDeeperThan(document, 1, MarkdownLimits.MaxTreeDepth) ? $"its syntax tree is more than {MarkdownLimits.MaxTreeDepth} levels deep" : null;
            return error is null;
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            // Markdig's own depth limit (ArgumentException) and any parser bug on hostile input land here.
            document = null!;
            error = ex.Message.TrimEnd('.');
            return false;
        }
    }

    // Markdig's renderer has a depth limit of its own (blocks and inlines together), so a tree that parsed may not render.
    // Recursion stops one level past the limit, so it never goes deeper than that.
    private static bool IsDeeperThan(MarkdownObject node, int depth, int limit)
    {
        if (depth > limit)
        {
            return true;
        }

        switch (node)
        {
            case ContainerBlock container:
                for (var i = 0; i < container.Count; i++)
                {
                    if (IsDeeperThan(container[i], depth + 1, limit))
                    {
                        return true;
                    }
                }

                break;
            case LeafBlock { Inline: { } inline }:
                return IsDeeperThan(inline, depth + 1, limit);
            case ContainerInline inline:
                for (var child = inline.FirstChild; child is not null; child = child.NextSibling)
                {
                    if (IsDeeperThan(child, depth + 1, limit))
                    {
                        return true;
                    }
                }

                break;
        }

        return false;
    }

    private static string Flatten(string text, List<Line> lines, bool[] flat)
    {
        var builder = new StringBuilder(text.Length + 64);
        for (var i = 0; i < lines.Count; i++)
        {
            var line = lines[i];
            if (!flat[i])
            {
                builder.Append(text, line.Start, line.Next - line.Start);
                continue;
            }

            for (var c = LinePrefix.Of(text, line.Start, line.End).End; c < line.End; c++)
            {
                if (AsciiPunctuation.Contains(text[c]))
                {
                    builder.Append('\\');
                }

                builder.Append(text[c]);
            }

            builder.Append(text, line.End, line.Next - line.End);
        }

        return builder.ToString();
    }

    /// <summary>One line: content from Start to End, its line break up to Next.</summary>
    private readonly record struct Line(int Start, int End, int Next)
    {
        public bool IsBlank(string text) => text.AsSpan(Start, End - Start).IsWhiteSpace();

        public static List<Line> Split(string text)
        {
            var lines = new List<Line>();
            var start = 0;
            while (start < text.Length)
            {
                var end = text.IndexOfAny(['\n', '\r'], start);
                if (end < 0)
                {
                    lines.Add(new Line(start, text.Length, text.Length));
                    break;
                }

                var next = text[end] == '\r' && end + 1 < text.Length && text[end + 1] == '\n' ? end + 2 : end + 1;
                lines.Add(new Line(start, end, next));
                start = next;
            }

            return lines;
        }
    }

    /// <summary>Whether a fenced code block is open, tracked roughly (the limits inside one are only looser, never off).</summary>
    private readonly record struct Fence(char Marker, int Length)
    {
        public bool IsOpen => Length > 0;

        public Fence Next(string text, int start, int end)
        {
            var run = 0;
            while (start + run < end && text[start + run] is '`' or '~' && text[start + run] == text[start])
            {
                run++;
            }

            if (run < 3)
            {
                return this;
            }

            if (!IsOpen)
            {
                return new Fence(text[start], run);
            }

            var closes = text[start] == Marker && run >= Length && text.AsSpan(start + run, end - start - run).IsWhiteSpace();
            return closes ? default : this;
        }
    }
}
