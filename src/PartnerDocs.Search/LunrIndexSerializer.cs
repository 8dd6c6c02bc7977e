using System.Runtime.InteropServices;
using PartnerDocs.Search.Json;

namespace PartnerDocs.Search;

/// <summary>Writes an <see cref="IndexData"/> as lunr 2.3.9's <c>JSON.stringify(index)</c>, scoring field vectors with BM25 on the way.</summary>
internal sealed class LunrIndexSerializer(IndexData data, LanguageProfile profile)
{
    private const string LunrVersion = "2.3.9";

    public void Write(TextWriter output)
    {
        var json = new JsonTextWriter(output);
        var postings = Postings.Invert(data);
        var quotedFields = data.Fields.Select(f => JsonTextWriter.Quote(f.Name)).ToArray();

        json.WriteRaw("{\"version\":");
        json.WriteString(LunrVersion);
        json.WriteRaw(",\"fields\":");
        WriteArray(json, quotedFields);
        json.WriteRaw(",\"fieldVectors\":");
        WriteFieldVectors(json, postings);
        json.WriteRaw(",\"invertedIndex\":");
        WriteInvertedIndex(json, postings, quotedFields);
        json.WriteRaw(",\"pipeline\":");
        WriteArray(json, profile.SearchPipeline.Select(JsonTextWriter.Quote));
        json.WriteRaw('}');
        output.Flush();
    }

    private void WriteFieldVectors(JsonTextWriter json, Postings postings)
    {
        var scorer = new Bm25Scorer(data, postings.DocumentFrequencies);
        var terms = CollectionsMarshal.AsSpan(data.PairTerms);
        var frequencies = CollectionsMarshal.AsSpan(data.PairFrequencies);
        var sortedTerms = new List<int>();
        var sortedPairs = new List<int>();
        json.WriteRaw('[');
        for (var fieldRef = 0; fieldRef < data.FieldRefCount; fieldRef++)
        {
            var document = fieldRef / data.FieldCount;
            var field = fieldRef % data.FieldCount;
            if (fieldRef > 0)
                json.WriteRaw(',');
            json.WriteRaw('[');
            json.WriteString(data.Fields[field].Name + "/" + data.DocRefs[document]);
            json.WriteRaw(",[");
            // lunr's vectors list a field ref's terms by term number; the pairs are in order of first occurrence.
            var pairs = data.PairsOf(fieldRef);
            sortedTerms.Clear();
            sortedTerms.AddRange(terms[pairs]);
            sortedPairs.Clear();
            for (var pair = pairs.Start.Value; pair < pairs.End.Value; pair++)
                sortedPairs.Add(pair);
            CollectionsMarshal.AsSpan(sortedTerms).Sort(CollectionsMarshal.AsSpan(sortedPairs));
            for (var i = 0; i < sortedPairs.Count; i++)
            {
                if (i > 0)
                    json.WriteRaw(',');
                json.WriteInteger(sortedTerms[i]);
                json.WriteRaw(',');
                json.WriteThousandths(scorer.ScoreInThousandths(document, field, sortedTerms[i], frequencies[sortedPairs[i]]));
            }
            json.WriteRaw("]]");
        }
        json.WriteRaw(']');
    }

    private void WriteInvertedIndex(JsonTextWriter json, Postings postings, string[] quotedFields)
    {
        // Every posting repeats its ref: prepare `"ref":` (and the empty metadata) once per document.
        var refKeys = data.DocRefs.Select(r => JsonTextWriter.Quote(r) + (data.StorePositions ? ":" : ":{}")).ToArray();
        var termOrder = Enumerable.Range(0, data.Terms.Count).ToArray();
        Array.Sort(termOrder, (a, b) => string.CompareOrdinal(data.Terms[a], data.Terms[b]));

        json.WriteRaw('[');
        for (var i = 0; i < termOrder.Length; i++)
        {
            var term = termOrder[i];
            if (i > 0)
                json.WriteRaw(',');
            json.WriteRaw('[');
            json.WriteString(data.Terms[term]);
            json.WriteRaw(",{\"_index\":");
            json.WriteInteger(term);
            for (var field = 0; field < data.FieldCount; field++)
            {
                json.WriteRaw(',');
                json.WriteRaw(quotedFields[field]);
                json.WriteRaw(":{");
                var entries = postings.Of(term, field);
                for (var entry = entries.Start.Value; entry < entries.End.Value; entry++)
                {
                    if (entry > entries.Start.Value)
                        json.WriteRaw(',');
                    json.WriteRaw(refKeys[postings.Documents[entry]]);
                    if (data.StorePositions)
                        WritePositions(json, postings.Pairs[entry]);
                }
                json.WriteRaw('}');
            }
            json.WriteRaw("}]");
        }
        json.WriteRaw(']');
    }

    // {"position":[[start,length],...]} for one (term, field, document).
    private void WritePositions(JsonTextWriter json, int pair)
    {
        json.WriteRaw("{\"position\":[");
        for (var position = data.PairPositionStarts[pair]; position < data.PairPositionStarts[pair + 1]; position++)
        {
            if (position > data.PairPositionStarts[pair])
                json.WriteRaw(',');
            json.WriteRaw('[');
            json.WriteInteger(data.PositionStarts[position]);
            json.WriteRaw(',');
            json.WriteInteger(data.PositionLengths[position]);
            json.WriteRaw(']');
        }
        json.WriteRaw("]}");
    }

    private static void WriteArray(JsonTextWriter json, IEnumerable<string> quotedItems)
    {
        json.WriteRaw('[');
        json.WriteRaw(string.Join(',', quotedItems));
        json.WriteRaw(']');
    }
}
