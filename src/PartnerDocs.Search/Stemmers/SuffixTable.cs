namespace PartnerDocs.Search.Stemmers;

/// <summary>
/// A fixed set of suffixes in numbered groups; finds the longest one ending a word, as Snowball's
/// <c>among</c> does. Immutable after construction, so one instance is shared by all threads.
/// </summary>
internal sealed class SuffixTable
{
    // Candidates bucketed by last letter, longest first; letters above U+00FF end no suffix we use.
    private readonly (string Suffix, int Group)[]?[] byLastLetter = new (string, int)[]?[256];

    /// <param name="groups">Each argument is one group of space-separated suffixes; its position is the group number.</param>
    public SuffixTable(params string[] groups)
    {
        var entries = groups
            .SelectMany((list, group) => list.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(s => (s, group)))
            .OrderByDescending(e => e.s.Length);
        foreach (var bucket in entries.GroupBy(e => e.s[^1]))
        {
            byLastLetter[bucket.Key] = bucket.ToArray();
        }
    }

    /// <summary>
    /// Returns the group of the longest suffix of <paramref name="word"/> that starts at or after
    /// <paramref name="limit"/>, with its start in <paramref name="start"/>; -1 if none matches.
    /// </summary>
    public int Find(ReadOnlySpan<char> word, int limit, out int start)
    {
        start = word.Length;
        if (word.Length == 0 || word[^1] >= byLastLetter.Length || byLastLetter[word[^1]] is not { } candidates)
        {
            return -1;
        }

        foreach (var (suffix, group) in candidates)
        {
            if (word.Length - suffix.Length >= limit && word.EndsWith(suffix, StringComparison.Ordinal))
            {
                start = word.Length - suffix.Length;
                return group;
            }
        }
        return -1;
    }
}
