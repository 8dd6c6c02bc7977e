namespace PartnerDocs.Topics;

/// <summary>Collects a front matter's entries in file order as a reader meets its keys.</summary>
/// <param name="keptValues">The keys whose values are kept, null for all; the others are entered with an empty value.</param>
internal sealed class FrontMatterBuilder(int capacity, IReadOnlySet<string>? keptValues = null)
{
    // Past this many keys, repeats are found through a hash table, so a hostile block of thousands of keys stays linear.
    private const int ScanLimit = 16;

    private readonly List<FrontMatterEntry> entries = new(capacity);
    private Dictionary<string, int>? positions;

    /// <summary>Adds <paramref name="key"/>, unless it is already there (the YAML reader rejects repeated keys; the flat reader leaves them to it).</summary>
    public bool TryAdd(string key, string value, int line) => TryAdd(key, value, default, line);

    /// <summary>Like <see cref="TryAdd(string, string, int)"/>, the value made a string only when it is kept.</summary>
    public bool TryAdd(string key, ReadOnlySpan<char> value, int line) => TryAdd(key, null, value, line);

    private bool TryAdd(string key, string? value, ReadOnlySpan<char> valueText, int line)
    {
        if (IndexOf(key) >= 0)
        {
            return false;
        }

        // A value that is not kept is never made a string; its key is entered all the same, so repeats are still found.
        value = keptValues is not null && !keptValues.Contains(key) ? "" : value ?? valueText.ToString();
        positions?.Add(key, entries.Count);
        entries.Add(new FrontMatterEntry(key, value, line));
        if (positions is null && entries.Count > ScanLimit)
        {
            positions = new Dictionary<string, int>(StringComparer.Ordinal);
            for (var i = 0; i < entries.Count; i++)
            {
                positions.Add(entries[i].Key, i);
            }
        }

        return true;
    }

    public bool Contains(string key) => IndexOf(key) >= 0;

    public FrontMatter ToFrontMatter(int lineCount = 0) => new(entries.ToArray(), keptValues) { LineCount = lineCount };

    private int IndexOf(string key)
    {
        if (positions is not null)
        {
            return positions.GetValueOrDefault(key, -1);
        }

        for (var i = 0; i < entries.Count; i++)
        {
            if (entries[i].Key == key)
            {
                return i;
            }
        }

        return -1;
    }
}
