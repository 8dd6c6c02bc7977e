using System.Runtime.InteropServices;

namespace PartnerDocs.Search;

/// <summary>The inverted view of an <see cref="IndexData"/>: for each (term, field), the documents containing it, in JS key order.</summary>
internal sealed class Postings
{
    private readonly int _fieldCount;
    private readonly int[] _starts;

    private Postings(int fieldCount, int[] starts, int[] documents, int[] pairs, int[] frequencies, int[] documentFrequencies)
    {
        _fieldCount = fieldCount;
        _starts = starts;
        Documents = documents;
        Pairs = pairs;
        Frequencies = frequencies;
        DocumentFrequencies = documentFrequencies;
    }

    /// <summary>Document numbers, grouped by (term, field).</summary>
    public int[] Documents { get; }

    /// <summary>For each entry of <see cref="Documents"/>, the pair it came from (to find its positions).</summary>
    public int[] Pairs { get; }

    /// <summary>For each entry of <see cref="Documents"/>, the term's frequency in that field ref.</summary>
    public int[] Frequencies { get; }

    /// <summary>Per term: how many (field, document) pairs contain it, over all fields (lunr's idf input).</summary>
    public int[] DocumentFrequencies { get; }

    /// <summary>The entries of one (term, field).</summary>
    public Range Of(int term, int field) => _starts[term * _fieldCount + field].._starts[term * _fieldCount + field + 1];

    public static Postings Invert(IndexData data, bool jsKeyOrder = true)
    {
        var fieldCount = data.FieldCount;
        var termCount = data.Terms.Count;
        var starts = new int[termCount * fieldCount + 1];
        var documentFrequencies = new int[termCount];
        for (var fieldRef = 0; fieldRef < data.FieldRefCount; fieldRef++)
        {
            var field = fieldRef % fieldCount;
            for (var pair = data.PairStarts[fieldRef]; pair < data.PairStarts[fieldRef + 1]; pair++)
            {
                var term = data.PairTerms[pair];
                starts[term * fieldCount + field + 1]++;
                documentFrequencies[term]++;
            }
        }
        for (var i = 1; i < starts.Length; i++)
            starts[i] += starts[i - 1];

        // Walking field refs in order fills every group in document order.
        var next = starts[..^1];
        var documents = new int[starts[^1]];
        var pairs = new int[starts[^1]];
        for (var fieldRef = 0; fieldRef < data.FieldRefCount; fieldRef++)
        {
            var field = fieldRef % fieldCount;
            for (var pair = data.PairStarts[fieldRef]; pair < data.PairStarts[fieldRef + 1]; pair++)
            {
                var slot = next[data.PairTerms[pair] * fieldCount + field]++;
                documents[slot] = fieldRef / fieldCount;
                pairs[slot] = pair;
            }
        }

        if (jsKeyOrder)
            SortNumericRefsFirst(data, starts, documents, pairs);
        // Gathered in one pass (independent loads overlap their cache misses) rather than while writing each entry.
        var pairFrequencies = CollectionsMarshal.AsSpan(data.PairFrequencies);
        var frequencies = new int[pairs.Length];
        for (var i = 0; i < pairs.Length; i++)
            frequencies[i] = pairFrequencies[pairs[i]];
        return new Postings(fieldCount, starts, documents, pairs, frequencies, documentFrequencies);
    }

    // Doc refs are JS object keys in the serialized postings, so "2" comes before "10" before "a".
    private static void SortNumericRefsFirst(IndexData data, int[] starts, int[] documents, int[] pairs)
    {
        if (!data.DocRefs.Any(JsObjectKeys.IsArrayIndex))
            return;
        var ranks = JsObjectKeys.EnumerationRanks(data.DocRefs);
        var documentOfRank = new int[ranks.Length];
        for (var document = 0; document < ranks.Length; document++)
            documentOfRank[ranks[document]] = document;

        var keys = new int[documents.Length];
        for (var i = 0; i < documents.Length; i++)
            keys[i] = ranks[documents[i]];
        for (var group = 0; group + 1 < starts.Length; group++)
            keys.AsSpan(starts[group]..starts[group + 1]).Sort(pairs.AsSpan(starts[group]..starts[group + 1]));
        for (var i = 0; i < documents.Length; i++)
            documents[i] = documentOfRank[keys[i]];
    }
}
