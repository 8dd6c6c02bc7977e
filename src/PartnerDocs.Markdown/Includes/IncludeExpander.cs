using System.Collections.Concurrent;

namespace PartnerDocs.Markdown.Includes;

/// <summary>The text of an included file, as the docset model holds it (front matter removed).</summary>
public sealed record IncludeSource(string Body, int FirstLine);

/// <summary>
/// Expands [!INCLUDE] while a page renders: parses each included file once (from text the model holds, never the disk),
/// skips a file already being expanded (a cycle, which loading reported), and stops expanding a page once it has taken
/// in <see cref="MaxExpandedChars"/> characters of includes (a fan-out that would otherwise grow exponentially).
/// </summary>
public sealed class IncludeExpander(MarkdownEngine engine, Func<string, IncludeSource?> source)
{
    public const int MaxExpandedChars = 2_000_000;

    private readonly ConcurrentDictionary<string, Lazy<(ParsedMarkdown Markdown, int Length)?>> cache = new(StringComparer.Ordinal);

    /// <summary>The parsed include (with its syntax tree) and its length, or null when it is missing or in <paramref name="chain"/>.</summary>
    internal (ParsedMarkdown Markdown, int Length)? Resolve(IReadOnlyList<string> chain, IncludeReference include)
    {
        if (include.Resolved is not { IsInternal: true, Target: { } target } || chain.Contains(target))
        {
            return null;
        }

        return cache.GetOrAdd(target, path => new Lazy<(ParsedMarkdown, int)?>(() =>
            source(path) is { } text ? (engine.Parse(text.Body, path, text.FirstLine), text.Body.Length) : null)).Value;
    }
}
