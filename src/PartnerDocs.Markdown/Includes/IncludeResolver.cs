using System.Collections.Concurrent;
using PartnerDocs.Diagnostics;

namespace PartnerDocs.Markdown.Includes;

/// <summary>Finds, reads and parses included files once each, and reports include cycles.</summary>
public sealed class IncludeResolver(string docsetRoot, MarkdownEngine engine, DiagnosticBag diagnostics)
{
    private readonly ConcurrentDictionary<string, Lazy<ParsedMarkdown?>> cache = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, byte> reported = new(StringComparer.Ordinal);

    /// <summary>
    /// The parsed file that <paramref name="include"/> (written in <paramref name="includingFile"/>) names, or null when it
    /// does not exist (no diagnostic: the checker reports that) or includes itself. Cycles reachable from it are reported.
    /// </summary>
    public ParsedMarkdown? Resolve(string includingFile, IncludeReference include) => Resolve([includingFile], include);

    /// <summary>Resolves an include met while expanding <paramref name="chain"/> (root file first); null when it would recurse.</summary>
    internal ParsedMarkdown? Resolve(IReadOnlyList<string> chain, IncludeReference include)
    {
        var target = DocsetPaths.Resolve(chain[^1], LinkUrl.PathOf(include.Path));
        if (target is null || Load(target) is not { } parsed)
        {
            return null;
        }

        var path = new List<string>(chain);
        ReportCycles(path, include, target);
        return path.Contains(target) ? null : parsed;
    }

    private void ReportCycles(List<string> chain, IncludeReference include, string target)
    {
        var repeat = chain.IndexOf(target);
        if (repeat >= 0)
        {
            var cycle = string.Join(" -> ", chain.Skip(repeat).Append(target));
            if (reported.TryAdd($"{include.Location}|{cycle}", 0))
            {
                diagnostics.Add(Rules.IncludeCycle, Severity.Error, include.Location, $"Include cycle: {cycle}.", target: include.Path);
            }

            return;
        }

        if (Load(target) is not { } parsed)
        {
            return;
        }

        chain.Add(target);
        foreach (var nested in parsed.Includes)
        {
            if (DocsetPaths.Resolve(target, LinkUrl.PathOf(nested.Path)) is { } next)
            {
                ReportCycles(chain, nested, next);
            }
        }

        chain.RemoveAt(chain.Count - 1);
    }

    private ParsedMarkdown? Load(string file) =>
        cache.GetOrAdd(file, f => new Lazy<ParsedMarkdown?>(() => Read(f))).Value;

    private ParsedMarkdown? Read(string file)
    {
        var fullPath = Path.Combine(docsetRoot, file);
        if (!File.Exists(fullPath))
        {
            return null;
        }

        string text;
        try
        {
            text = File.ReadAllText(fullPath);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Unreadable counts as missing here; the loader reports unreadable files.
            return null;
        }

        var skipped = FrontMatterLines(text, out var bodyStart);
        return engine.Parse(text[bodyStart..], file, skipped + 1);
    }

    // Included files should have no front matter; skip one anyway so it does not render as a thematic break and a heading.
    private static int FrontMatterLines(string text, out int bodyStart)
    {
        bodyStart = 0;
        if (!text.StartsWith("---", StringComparison.Ordinal))
        {
            return 0;
        }

        var lines = 0;
        var position = 0;
        while (position < text.Length)
        {
            var newline = text.IndexOf('\n', position);
            var lineEnd = newline < 0 ? text.Length : newline;
            var line = text.AsSpan(position, lineEnd - position).TrimEnd('\r');
            lines++;
            position = newline < 0 ? text.Length : newline + 1;
            if (lines == 1)
            {
                if (!line.TrimEnd().SequenceEqual("---"))
                {
                    return 0;
                }
            }
            else if (line.TrimEnd() is "---" or "...")
            {
                bodyStart = position;
                return lines;
            }
        }

        return 0;
    }
}
