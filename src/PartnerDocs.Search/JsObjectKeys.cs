namespace PartnerDocs.Search;

/// <summary>JavaScript's own-property key order: array-index keys first, ascending, then other keys in insertion order.</summary>
internal static class JsObjectKeys
{
    /// <summary>True for canonical array indexes: "0" or digits without a leading zero, up to 4294967294.</summary>
    public static bool IsArrayIndex(string key) =>
        key.Length is > 0 and <= 10
        && (key == "0" || key[0] != '0')
        && key.AsSpan().IndexOfAnyExceptInRange('0', '9') < 0
        && ulong.Parse(key, System.Globalization.CultureInfo.InvariantCulture) <= 4294967294;

    /// <summary>For keys given in insertion order, the rank of each in JS enumeration order.</summary>
    public static int[] EnumerationRanks(IReadOnlyList<string> keysInInsertionOrder)
    {
        var order = Enumerable.Range(0, keysInInsertionOrder.Count)
            .Select(i => (Index: i, IsArrayIndex: IsArrayIndex(keysInInsertionOrder[i])))
            .OrderBy(k => k.IsArrayIndex ? 0 : 1)
            .ThenBy(k => k.IsArrayIndex ? ulong.Parse(keysInInsertionOrder[k.Index], System.Globalization.CultureInfo.InvariantCulture) : (ulong)k.Index)
            .Select(k => k.Index)
            .ToArray();
        var ranks = new int[order.Length];
        for (var rank = 0; rank < order.Length; rank++)
            ranks[order[rank]] = rank;
        return ranks;
    }
}
