using System.Diagnostics.CodeAnalysis;

namespace PartnerDocs.Search;

/// <summary>
/// Term numbers by token text, found with the hash the tokenizer computed while scanning the token
/// (<see cref="Tokenizer.TokenEnumerator.Hash"/>): a known token's characters are read once to split and once to compare.
/// Open addressing, at most half full.
/// </summary>
internal sealed class TokenTermTable
{
    private Entry[] _entries = new Entry[1 << 12];
    private int _shift = 32 - 12;
    private int _count;

    public bool TryGet(ReadOnlySpan<char> token, int hash, [NotNullWhen(true)] out int[]? terms)
    {
        var mask = _entries.Length - 1;
        for (var slot = SlotOf(hash); ; slot = (slot + 1) & mask)
        {
            ref var entry = ref _entries[slot];
            if (entry.Token is null)
            {
                terms = null;
                return false;
            }
            if (entry.Hash == hash && token.SequenceEqual(entry.Token))
            {
                terms = entry.Terms;
                return true;
            }
        }
    }

    /// <summary>Adds or replaces the terms of <paramref name="token"/>, whose <see cref="Tokenizer.HashOf"/> is <paramref name="hash"/>.</summary>
    public void Set(string token, int hash, int[] terms)
    {
        if (2 * (_count + 1) > _entries.Length)
            Grow();
        if (Place(_entries, new Entry(token, hash, terms)))
            _count++;
    }

    // Fibonacci hashing: the top bits of hash × 2^32/φ pick the slot, so FNV's weaker low bits do not matter.
    private int SlotOf(int hash) => (int)((uint)hash * 2654435769u >> _shift);

    // Returns whether the token was new.
    private bool Place(Entry[] entries, Entry added)
    {
        var mask = entries.Length - 1;
        for (var slot = SlotOf(added.Hash); ; slot = (slot + 1) & mask)
        {
            ref var entry = ref entries[slot];
            if (entry.Token is null || entry.Hash == added.Hash && entry.Token == added.Token)
            {
                var isNew = entry.Token is null;
                entry = added;
                return isNew;
            }
        }
    }

    private void Grow()
    {
        var old = _entries;
        _entries = new Entry[old.Length * 2];
        _shift--;
        foreach (var entry in old)
        {
            if (entry.Token is not null)
                Place(_entries, entry);
        }
    }

    private readonly record struct Entry(string? Token, int Hash, int[] Terms);
}
