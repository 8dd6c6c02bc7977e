using PartnerDocs.Diagnostics;
using PartnerDocs.Docsets;

namespace PartnerDocs.Validation.Parity;

/// <summary>parity.toc-mismatch: entries a translation's TOC lacks, adds, moves, or puts on another level, naming the line in both TOCs.</summary>
internal sealed class ParityTocRule : IDocsetRule
{
    public void Check(CheckContext context)
    {
        if (context.Source is not { } source)
        {
            return;
        }

        var theirs = new TocShape(source.Toc);
        foreach (var translation in context.Translations)
        {
            Compare(context, source, theirs, translation, new TocShape(translation.Toc));
        }
    }

    private static void Compare(CheckContext context, LocaleContent source, TocShape theirs, LocaleContent translation, TocShape ours)
    {
        var tocFile = translation.Toc.File;
        var previousLine = 1;
        foreach (var entry in theirs.InOrder)
        {
            // Formatted only for a finding: most entries match.
            string At() => $"{source.Toc.File}:{entry.Node.Location.Line}";
            if (!ours.Entries.TryGetValue(entry.Key, out var mine))
            {
                context.Report(Rules.ParityTocMismatch, new SourceLocation(tocFile, previousLine),
                    $"missing: {At()} lists '{entry.Key}' on level {entry.Node.Level}; {tocFile} does not", translation.Name, entry.Key);
                continue;
            }

            previousLine = mine.Node.Location.Line;
            if (mine.Node.Level != entry.Node.Level)
            {
                context.Report(Rules.ParityTocMismatch, mine.Node.Location,
                    $"different level: '{entry.Key}' is on level {mine.Node.Level} here (line {mine.Node.Location.Line}) and on level {entry.Node.Level} at {At()}", translation.Name, entry.Key);
            }
            else if (mine.ParentKey != entry.ParentKey)
            {
                context.Report(Rules.ParityTocMismatch, mine.Node.Location,
                    $"moved: '{entry.Key}' is under '{mine.ParentKey}' here (line {mine.Node.Location.Line}) and under '{entry.ParentKey}' at {At()}", translation.Name, entry.Key);
            }
        }

        foreach (var entry in ours.InOrder.Where(e => !theirs.Entries.ContainsKey(e.Key)))
        {
            context.Report(Rules.ParityTocMismatch, entry.Node.Location,
                $"extra: '{entry.Key}' is not in the source TOC {source.Toc.File}", translation.Name, entry.Key);
        }

        foreach (var entry in OutOfOrder(theirs, ours))
        {
            var original = theirs.Entries[entry.Key].Node.Location.Line;
            context.Report(Rules.ParityTocMismatch, entry.Node.Location,
                $"moved: '{entry.Key}' comes in another order among its siblings here (line {entry.Node.Location.Line}) than at {source.Toc.File}:{original}", translation.Name, entry.Key);
        }
    }

    // Entries with the same parent in both TOCs but outside the longest run kept in source order (LIS, O(n log n)).
    private static IEnumerable<TocShape.Entry> OutOfOrder(TocShape theirs, TocShape ours)
    {
        var comparable = ours.InOrder
            .Where(e => theirs.Entries.TryGetValue(e.Key, out var t) && t.ParentKey == e.ParentKey && t.Node.Level == e.Node.Level)
            .GroupBy(e => e.ParentKey ?? "");
        foreach (var siblings in comparable)
        {
            var list = siblings.ToList();
            var kept = LongestIncreasing(list.Select(e => theirs.Entries[e.Key].Index).ToList());
            for (var i = 0; i < list.Count; i++)
            {
                if (!kept.Contains(i))
                {
                    yield return list[i];
                }
            }
        }
    }

    private static HashSet<int> LongestIncreasing(List<int> values)
    {
        var tails = new List<int>();
        var previous = new int[values.Count];
        for (var i = 0; i < values.Count; i++)
        {
            int lo = 0, hi = tails.Count;
            while (lo < hi)
            {
                var mid = (lo + hi) / 2;
                if (values[tails[mid]] < values[i]) lo = mid + 1; else hi = mid;
            }

            previous[i] = lo > 0 ? tails[lo - 1] : -1;
            if (lo == tails.Count) tails.Add(i); else tails[lo] = i;
        }

        var kept = new HashSet<int>();
        for (var i = tails.Count > 0 ? tails[^1] : -1; i >= 0; i = previous[i])
        {
            kept.Add(i);
        }

        return kept;
    }
}
