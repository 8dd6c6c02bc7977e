using System.Collections.Concurrent;
using System.Runtime.CompilerServices;

namespace PartnerDocs.Rendering;

/// <summary>
/// The outputs of <c>include_cached "name" key...</c> for one rendering of a site (a build, or one model of serve's), shared by
/// every page rendered with it: a partial is rendered once per name and keys, by the first page that asks, and that HTML
/// is reused by every later page passing equal keys. Thread-safe.
/// </summary>
public sealed class PartialCache
{
    private readonly ConcurrentDictionary<PartialKey, TrustedHtml> outputs = new();

    /// <summary>How many distinct (name, keys) were rendered: what tests read to see that pages share one rendering.</summary>
    public int Count => outputs.Count;

    internal TrustedHtml GetOrRender(string name, object?[] keys, Func<TrustedHtml> render)
    {
        var key = new PartialKey(name, keys);
        if (outputs.TryGetValue(key, out var html))
        {
            return html;
        }

        html = render();
        return outputs.GetOrAdd(key, html); // two pages may render it at once: equal keys give equal HTML, one is kept
    }

    // Strings, numbers and booleans are equal by value; anything else (a list, a model object) only to itself, so a key
    // never claims two different objects are the same input.
    private sealed class PartialKey : IEquatable<PartialKey>
    {
        private readonly string name;
        private readonly object?[] keys;
        private readonly int hash;

        public PartialKey(string name, object?[] keys)
        {
            this.name = name;
            this.keys = keys;
            var hashCode = new HashCode();
            hashCode.Add(name, StringComparer.Ordinal);
            foreach (var key in keys)
            {
                hashCode.Add(key is null ? 0 : ByValue(key) ? key.GetHashCode() : RuntimeHelpers.GetHashCode(key));
            }

            hash = hashCode.ToHashCode();
        }

        public bool Equals(PartialKey? other) =>
            other is not null && other.hash == hash && other.name == name && other.keys.Length == keys.Length
            && keys.Zip(other.keys).All(pair => SameKey(pair.First, pair.Second));

        public override bool Equals(object? obj) => Equals(obj as PartialKey);

        public override int GetHashCode() => hash;

        private static bool ByValue(object value) => value is string or decimal || value.GetType().IsPrimitive;

        private static bool SameKey(object? a, object? b) =>
            a is null || b is null ? a is null && b is null : ByValue(a) ? a.GetType() == b.GetType() && a.Equals(b) : ReferenceEquals(a, b);
    }
}
