using PartnerDocs.Diagnostics;

namespace PartnerDocs.Toc;

/// <summary>Parses the DocFX heading-link TOC.md: each non-blank line is <c>## [Title](page.md)</c>, the '#' count giving the level.</summary>
public static class TocMdParser
{
    private const int MaxQuotedText = 60;

    /// <param name="file">The TOC's path relative to the docset root, for diagnostics.</param>
    public static TocTree Parse(string text, string file, DiagnosticBag diagnostics) => new(file, ParseRoots(text, file, diagnostics));

    internal static List<TocNode> ParseRoots(string text, string file, DiagnosticBag diagnostics)
    {
        var roots = new List<TocNode>();
        // The latest entry of each depth above the next one, with the level its heading was written at.
        var open = new Stack<(TocNode Node, int WrittenLevel)>();
        using var reader = new StringReader(text.StartsWith('\uFEFF') ? text[1..] : text);
        var lineNumber = 0;
        Action<int, string> report = (index, message) =>
            diagnostics.Add(Rules.TocSyntax, Severity.Error, new SourceLocation(file, lineNumber, index + 1), message);
        while (reader.ReadLine() is { } rawLine)
        {
            lineNumber++;
            var line = rawLine.TrimEnd(' ', '\t');
            if (ParseHeading(line, report) is not { } heading)
            {
                continue;
            }

            while (open.Count > 0 && open.Peek().WrittenLevel >= heading.Level)
            {
                open.Pop();
            }

            // Written levels, not depths, are compared so that one jump is reported once, not again for each entry after it.
            var parentLevel = open.Count == 0 ? 0 : open.Peek().WrittenLevel;
            if (heading.Level > parentLevel + 1 && (parentLevel > 0 || roots.Count == 0))
            {
                report(heading.Start, parentLevel == 0
                    ? $"the first entry is at level {heading.Level}; a TOC starts with #"
                    : $"level jumps from {parentLevel} to {heading.Level}; expected at most {new string('#', parentLevel + 1)}");
            }

            var node = new TocNode(heading.Title, heading.Href, open.Count + 1, new SourceLocation(file, lineNumber, heading.Start + 1));
            (open.Count == 0 ? roots : open.Peek().Node.Children).Add(node);
            open.Push((node, heading.Level));
        }

        return roots;
    }

    private sealed record Heading(int Start, int Level, string Title, string? Href);

    /// <summary>Reads one trimmed line; null for blank lines and lines that are not headings.</summary>
    private static Heading? ParseHeading(string line, Action<int, string> report)
    {
        var start = line.AsSpan().IndexOfAnyExcept(' ', '\t');
        if (start < 0)
        {
            return null;
        }

        if (line[start] != '#')
        {
            report(start, $"expected a heading such as ## [Title](page.md), found \"{Quote(line[start..])}\"");
            return null;
        }

        var textStart = line.AsSpan(start).IndexOfAnyExcept('#');
        var level = textStart < 0 ? line.Length - start : textStart;
        textStart = textStart < 0 ? line.Length : TocMdLink.SkipSpaces(line, start + textStart);
        var textEnd = EndBeforeClosingHashes(line, textStart);
        if (textStart == textEnd)
        {
            report(start, "the heading is empty: write the entry as [Title](page.md), or a plain title for a group");
            return null;
        }

        var text = line[..textEnd];
        if (text[textStart] != '[')
        {
            if (TocMdLink.LooksLikeLink(text[textStart..]))
            {
                report(textStart, "this heading looks like a link but does not start with '['; write it as [Title](page.md)");
            }

            return new Heading(start, level, text[textStart..], null);
        }

        if (TocMdLink.Read(text, textStart, report) is not { } link)
        {
            return new Heading(start, level, text[textStart..], null);
        }

        var trailing = TocMdLink.SkipSpaces(text, link.End);
        if (trailing < text.Length)
        {
            report(trailing, $"unexpected text after the link: \"{Quote(text[trailing..])}\"; a TOC line holds exactly one link");
        }

        return new Heading(start, level, link.Title, link.Href);
    }

    // An ATX heading may end with a closing run of '#' after a space: "## [A](a.md) ##".
    private static int EndBeforeClosingHashes(string line, int textStart)
    {
        var end = line.Length;
        while (end > textStart && line[end - 1] == '#')
        {
            end--;
        }

        if (end == textStart)
        {
            return textStart;
        }

        if (end == line.Length || line[end - 1] is not (' ' or '\t'))
        {
            return line.Length;
        }

        return line.AsSpan(0, end).TrimEnd([' ', '\t']).Length;
    }

    private static string Quote(string text) => text.Length <= MaxQuotedText ? text : text[..MaxQuotedText] + "…";
}
