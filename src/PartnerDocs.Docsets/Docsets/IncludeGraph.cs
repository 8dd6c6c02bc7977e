using PartnerDocs.Diagnostics;
using PartnerDocs.Markdown;
using PartnerDocs.Markdown.Includes;
using PartnerDocs.Topics;

namespace PartnerDocs.Docsets;

/// <summary>The include graph as data: cycle detection and expanded sizes, each file visited once (memoized).</summary>
internal sealed class IncludeGraph(IReadOnlyDictionary<string, IncludeFile> includes)
{
    private readonly HashSet<string> reported = new(StringComparer.Ordinal);
    private readonly HashSet<string> finished = new(StringComparer.Ordinal);
    private readonly Dictionary<string, long> expandedSize = new(StringComparer.Ordinal);

    /// <summary>Reports each include that closes a cycle, once, with the chain of files from where the cycle starts.</summary>
    public void ReportCycles(ParsedMarkdown root, DiagnosticBag diagnostics) => Visit(root, [root.File], diagnostics);

    /// <summary>include.too-large when expanding every include of the topic would exceed the per-page budget.</summary>
    public void ReportOversize(Topic topic, DiagnosticBag diagnostics)
    {
        if (topic.Markdown.Includes.Count == 0)
        {
            return;
        }

        var size = topic.BodyLength + IncludedSize(topic.Markdown, [topic.File]);
        if (size > IncludeExpander.MaxExpandedChars)
        {
            diagnostics.Add(Rules.IncludeTooLarge, Severity.Error, topic.Markdown.Includes[0].Location,
                $"the includes of {topic.File} would expand it to about {size:N0} characters, over the {IncludeExpander.MaxExpandedChars:N0} limit; the page shows includes up to the limit");
        }
    }

    private void Visit(ParsedMarkdown markdown, List<string> chain, DiagnosticBag diagnostics)
    {
        foreach (var include in markdown.Includes)
        {
            if (include.Resolved is not { IsInternal: true, Target: { } target } || !includes.TryGetValue(target, out var file))
            {
                continue;
            }

            var repeat = chain.IndexOf(target);
            if (repeat >= 0)
            {
                var cycle = string.Join(" -> ", chain.Skip(repeat).Append(target));
                if (reported.Add($"{include.Location}|{cycle}"))
                {
                    diagnostics.Add(Rules.IncludeCycle, Severity.Error, include.Location, $"Include cycle: {cycle}.", target: include.Path);
                }
            }
            else if (finished.Add(target))
            {
                chain.Add(target);
                Visit(file.Markdown, chain, diagnostics);
                chain.RemoveAt(chain.Count - 1);
            }
        }
    }

    // Characters the includes of one file expand to; a file already on the chain (a cycle) counts nothing, as it renders nothing.
    private long IncludedSize(ParsedMarkdown markdown, List<string> chain)
    {
        long total = 0;
        foreach (var target in IncludeLoader.Targets(markdown))
        {
            if (chain.Contains(target) || !includes.TryGetValue(target, out var file))
            {
                continue;
            }

            if (!expandedSize.TryGetValue(target, out var size))
            {
                chain.Add(target);
                size = file.Body.Length + IncludedSize(file.Markdown, chain);
                chain.RemoveAt(chain.Count - 1);
                expandedSize[target] = size;
            }

            total = Math.Min(total + size, long.MaxValue / 4);
        }

        return total;
    }
}
