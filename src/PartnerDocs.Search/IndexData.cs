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
}
