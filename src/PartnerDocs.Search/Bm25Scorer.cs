namespace PartnerDocs.Search;

/// <summary>lunr's BM25 field-vector weights, computed in the same floating-point operation order as lunr.js.</summary>
internal sealed class Bm25Scorer
{
    private const double B = 0.75;
    private const double K1 = 1.2;

    private readonly int _fieldCount;
    private readonly double[] _idf;
    private readonly double[] _lengthNorms;
    private readonly double[] _fieldBoosts;
    private readonly double[] _documentBoosts;

    public Bm25Scorer(IndexData data, int[] documentFrequencies)
    {
        _fieldCount = data.FieldCount;
        double documentCount = data.DocumentCount;
        _idf = documentFrequencies
            .Select(n => JsMath.Log(1 + Math.Abs((documentCount - n + 0.5) / (n + 0.5))))
            .ToArray();

        var lengthSums = new double[data.FieldCount];
        for (var fieldRef = 0; fieldRef < data.FieldRefCount; fieldRef++)
            lengthSums[fieldRef % data.FieldCount] += data.FieldLengths[fieldRef];
        var averageFieldLengths = lengthSums.Select(sum => sum / documentCount).ToArray();
        // The part of the denominator that depends only on the field ref, once per field ref (the same operations as lunr's).
        _lengthNorms = new double[data.FieldRefCount];
        for (var fieldRef = 0; fieldRef < data.FieldRefCount; fieldRef++)
            _lengthNorms[fieldRef] = K1 * (1 - B + B * (data.FieldLengths[fieldRef] / averageFieldLengths[fieldRef % data.FieldCount]));
        _fieldBoosts = data.Fields.Select(f => OrOne(f.Boost)).ToArray();
        _documentBoosts = data.DocBoosts.Select(OrOne).ToArray();
    }

    /// <summary>The weight of a term occurring <paramref name="frequency"/> times in a field of a document, in thousandths (lunr keeps 3 decimals).</summary>
    public double ScoreInThousandths(int document, int field, int term, int frequency)
    {
        var score = _idf[term] * ((K1 + 1) * frequency) / (_lengthNorms[document * _fieldCount + field] + frequency);
        score *= _fieldBoosts[field];
        score *= _documentBoosts[document];
        return JsMath.Round(score * 1000);
    }

    // JS `boost || 1`: 0 and NaN fall back to 1.
    private static double OrOne(double boost) => boost == 0 || double.IsNaN(boost) ? 1 : boost;
}
