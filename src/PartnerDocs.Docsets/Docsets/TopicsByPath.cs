using System.Collections;
using System.Diagnostics.CodeAnalysis;
using PartnerDocs.Topics;

namespace PartnerDocs.Docsets;

/// <summary>
/// A locale's topics by locale-relative path: enumerated in ordinal path order like a sorted dictionary, looked up by hash
/// (the check rules look up a topic for every link; a sorted tree costs a string comparison per level).
/// </summary>
internal sealed class TopicsByPath : IReadOnlyDictionary<string, Topic>
{
    private readonly Dictionary<string, Topic> byPath;
    private readonly Dictionary<string, Topic>.AlternateLookup<ReadOnlySpan<char>> bySpan;
    private readonly KeyValuePair<string, Topic>[] ordered;

    public TopicsByPath(IEnumerable<KeyValuePair<string, Topic>> topics)
    {
        byPath = new Dictionary<string, Topic>(topics, StringComparer.Ordinal);
        bySpan = byPath.GetAlternateLookup<ReadOnlySpan<char>>();
        ordered = [.. byPath];
        Array.Sort(ordered, (a, b) => string.CompareOrdinal(a.Key, b.Key));
    }

    public Topic this[string key] => byPath[key];

    public IEnumerable<string> Keys => ordered.Select(pair => pair.Key);

    public IEnumerable<Topic> Values => ordered.Select(pair => pair.Value);

    public int Count => ordered.Length;

    public bool ContainsKey(string key) => byPath.ContainsKey(key);

    public bool TryGetValue(string key, [MaybeNullWhen(false)] out Topic value) => byPath.TryGetValue(key, out value);

    /// <summary>The topic at <paramref name="path"/>, a part of a longer string (a link's docset target), without a string of its own.</summary>
    public bool TryGetValue(ReadOnlySpan<char> path, [MaybeNullWhen(false)] out Topic value) => bySpan.TryGetValue(path, out value);

    public IEnumerator<KeyValuePair<string, Topic>> GetEnumerator() => ((IEnumerable<KeyValuePair<string, Topic>>)ordered).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
