using System.Runtime.InteropServices;

namespace PartnerDocs.Search;

/// <summary>
/// Everything an index builder has recorded, in columns. A field ref (doc, field) is numbered doc × fieldCount + field,
/// which is also lunr's fieldVectors order. Each field ref owns a run of (term, frequency) pairs in order of first
/// occurrence (only lunr's field vectors need them by term number: the serializer sorts each run), and, when positions
/// are stored, each pair owns a run of token positions in token order.
/// </summary>
internal sealed class IndexData(IReadOnlyList<LunrField> fields, bool storePositions)
{
    public IReadOnlyList<LunrField> Fields { get; } = fields;
    public bool StorePositions { get; } = storePositions;

    public List<string> DocRefs { get; } = [];
    public List<double> DocBoosts { get; } = [];

    /// <summary>Terms by number (lunr's <c>_index</c>, in order of first occurrence).</summary>
    public List<string> Terms { get; } = [];

    public List<int> FieldLengths { get; } = [];

    /// <summary>Start of each field ref's pairs; one extra entry closes the last run.</summary>
    public List<int> PairStarts { get; } = [0];
    public List<int> PairTerms { get; } = [];
    public List<int> PairFrequencies { get; } = [];

    /// <summary>Start of each pair's positions; one extra entry closes the last run.</summary>
    public List<int> PairPositionStarts { get; } = [0];
    public List<int> PositionStarts { get; } = [];
    public List<int> PositionLengths { get; } = [];

    /// <summary>Accent-free search terms and the index terms they stand for (facturacion → factur), for languages that keep accents.</summary>
    public Dictionary<string, List<string>> Aliases { get; } = new(StringComparer.Ordinal);

    public int FieldCount => Fields.Count;
    public int DocumentCount => DocRefs.Count;
    public int FieldRefCount => FieldLengths.Count;

    /// <summary>The pair index range of one field ref.</summary>
    public Range PairsOf(int fieldRef) => PairStarts[fieldRef]..PairStarts[fieldRef + 1];

    /// <summary>
    /// Appends the documents of <paramref name="part"/> (same fields), its term numbers mapped through <paramref name="termNumbers"/>,
    /// and its aliases (targets in the order the part met them, after those already here).
    /// </summary>
    public void Append(IndexData part, int[] termNumbers)
    {
        DocRefs.AddRange(part.DocRefs);
        DocBoosts.AddRange(part.DocBoosts);
        FieldLengths.AddRange(part.FieldLengths);
        var pairBase = PairTerms.Count;
        foreach (var start in CollectionsMarshal.AsSpan(part.PairStarts)[1..])
            PairStarts.Add(pairBase + start);
        foreach (var term in CollectionsMarshal.AsSpan(part.PairTerms))
            PairTerms.Add(termNumbers[term]);
        PairFrequencies.AddRange(part.PairFrequencies);
        var positionBase = PositionStarts.Count;
        foreach (var start in CollectionsMarshal.AsSpan(part.PairPositionStarts)[1..])
            PairPositionStarts.Add(positionBase + start);
        PositionStarts.AddRange(part.PositionStarts);
        PositionLengths.AddRange(part.PositionLengths);
        // A dictionary nothing is removed from enumerates in insertion order: the part's first meetings stay in order.
        foreach (var (alias, targets) in part.Aliases)
        {
            if (!Aliases.TryGetValue(alias, out var known))
                Aliases[alias] = known = [];
            foreach (var target in targets)
            {
                if (!known.Contains(target))
                    known.Add(target);
            }
        }
    }
}
