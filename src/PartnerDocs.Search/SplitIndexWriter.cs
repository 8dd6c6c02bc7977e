using System.Text;
using PartnerDocs.Search.Json;

namespace PartnerDocs.Search;

/// <summary>
/// Writes a lunr index split for the browser (format in README "Search index format"): a manifest, term shards cut by
/// term range holding each term's <c>_index</c> and per-field postings with the BM25 weights lunr would have in its field
/// vectors, and result data in chunks. Every file is a script calling <c>partnerDocsSearch.receive(name, data)</c>, so
/// the same files load over http and from file://.
/// </summary>
internal sealed class SplitIndexWriter(IndexData data, LanguageProfile profile, SplitIndexOptions options)
{
    public const int FormatVersion = 1;

    private readonly ScriptFileWriter files = new();

    public SplitIndexStats Write(string folder, IReadOnlyList<SearchDoc> docs)
    {
        if (docs.Count != data.DocumentCount)
            throw new ArgumentException($"{docs.Count} result entries for {data.DocumentCount} documents.", nameof(docs));
        Directory.CreateDirectory(folder);
        var bounds = WriteShards(folder);
        var chunks = (docs.Count + options.DocsPerChunk - 1) / options.DocsPerChunk;
        var chunk = new StringBuilder();
        for (var i = 0; i < chunks; i++)
            files.Write(folder, $"d{i}", DocChunkJson(docs, i * options.DocsPerChunk, Math.Min(docs.Count, (i + 1) * options.DocsPerChunk), chunk.Clear()));
        files.Write(folder, "manifest", ManifestJson(bounds));
        return new SplitIndexStats(data.Terms.Count, bounds.Count + 1, chunks);
    }

    // Writes the term shards, each once the next one begins, with the aliases below that one's first term (one builder
    // serves them all); returns the first terms of the shards after the first.
    private List<string> WriteShards(string folder)
    {
        var postings = Postings.Invert(data, jsKeyOrder: false);
        var scorer = new Bm25Scorer(data, postings.DocumentFrequencies);
        var termOrder = Enumerable.Range(0, data.Terms.Count).ToArray();
        Array.Sort(data.Terms.ToArray(), termOrder, StringComparer.Ordinal);

        var aliases = data.Aliases.OrderBy(a => a.Key, StringComparer.Ordinal).ToList();
        var nextAlias = 0;
        var bounds = new List<string>();
        var shard = new Shard();
        var entry = new StringBuilder();
        var writer = new JsonTextWriter(new StringWriter(entry));
        foreach (var term in termOrder)
        {
            entry.Clear();
            writer.WriteRaw('[');
            writer.WriteString(data.Terms[term]);
            writer.WriteRaw(',');
            writer.WriteInteger(term);
            for (var field = 0; field < data.FieldCount; field++)
            {
                writer.WriteRaw(",[");
                var entries = postings.Of(term, field);
                var previous = 0;
                for (var i = entries.Start.Value; i < entries.End.Value; i++)
                {
                    var document = postings.Documents[i];
                    if (i > entries.Start.Value)
                        writer.WriteRaw(',');
                    writer.WriteInteger(document - previous);
                    writer.WriteRaw(',');
                    var weight = scorer.ScoreInThousandths(document, field, term, postings.Frequencies[i]);
                    if (weight is >= 0 and <= int.MaxValue)
                        writer.WriteInteger((int)weight);
                    else
                        writer.WriteNumber(weight);
                    previous = document;
                }
                writer.WriteRaw(']');
            }
            writer.WriteRaw(']');
            if (shard.Length + entry.Length > options.ShardChars && shard.Length > 0)
            {
                var next = data.Terms[term];
                for (; nextAlias < aliases.Count && string.CompareOrdinal(aliases[nextAlias].Key, next) < 0; nextAlias++)
                    shard.Aliases.Add((aliases[nextAlias].Key, aliases[nextAlias].Value));
                files.Write(folder, $"t{bounds.Count}", shard.ToJson());
                bounds.Add(next);
                shard.Clear();
            }
            shard.Add(entry);
        }
        for (; nextAlias < aliases.Count; nextAlias++)
            shard.Aliases.Add((aliases[nextAlias].Key, aliases[nextAlias].Value));
        files.Write(folder, $"t{bounds.Count}", shard.ToJson());
        return bounds;
    }

    private StringBuilder ManifestJson(List<string> bounds)
    {
        var text = new StringWriter();
        var json = new JsonTextWriter(text);
        json.WriteRaw("{\"format\":");
        json.WriteInteger(FormatVersion);
        json.WriteRaw(",\"fields\":");
        WriteStrings(json, data.Fields.Select(f => f.Name));
        json.WriteRaw(",\"pipeline\":");
        WriteStrings(json, profile.SearchPipeline);
        json.WriteRaw(",\"scripts\":");
        WriteStrings(json, profile.ScriptFiles);
        json.WriteRaw(",\"documents\":");
        json.WriteInteger(data.DocumentCount);
        json.WriteRaw(",\"refs\":");
        if (Enumerable.Range(0, data.DocumentCount).All(i => data.DocRefs[i] == ShortRefs.Of(i)))
            json.WriteRaw("null");
        else
            WriteStrings(json, data.DocRefs);
        json.WriteRaw(",\"docsPerChunk\":");
        json.WriteInteger(options.DocsPerChunk);
        json.WriteRaw(",\"bounds\":");
        WriteStrings(json, bounds);
        json.WriteRaw('}');
        return text.GetStringBuilder();
    }

    // The result data of docs [start, end), appended to text.
    private static StringBuilder DocChunkJson(IReadOnlyList<SearchDoc> docs, int start, int end, StringBuilder text)
    {
        var json = new JsonTextWriter(new StringWriter(text));
        json.WriteRaw('[');
        for (var i = start; i < end; i++)
        {
            if (i > start)
                json.WriteRaw(',');
            var doc = docs[i];
            json.WriteRaw('[');
            json.WriteString(doc.Title);
            json.WriteRaw(',');
            json.WriteString(doc.Url);
            json.WriteRaw(',');
            json.WriteString(doc.Summary);
            json.WriteRaw(',');
            json.WriteString(doc.Section);
            json.WriteRaw(']');
        }
        json.WriteRaw(']');
        return text;
    }

    private static void WriteStrings(JsonTextWriter json, IEnumerable<string> values)
    {
        json.WriteRaw('[');
        var first = true;
        foreach (var value in values)
        {
            if (!first)
                json.WriteRaw(',');
            first = false;
            json.WriteString(value);
        }
        json.WriteRaw(']');
    }

    // One term shard: its entries ([term, _index, [doc delta, weight × 1000, ...] per field]) and the aliases in its range.
    private sealed class Shard
    {
        private const string Start = "{\"terms\":[";
        private readonly StringBuilder _json = new(Start);

        public int Length { get; private set; }
        public List<(string Alias, List<string> Targets)> Aliases { get; } = [];

        public void Add(StringBuilder entry)
        {
            if (_json.Length > Start.Length)
                _json.Append(',');
            _json.Append(entry);
            Length += entry.Length + 1;
        }

        /// <summary>Closes the entries and appends the aliases: the shard is complete.</summary>
        public StringBuilder ToJson()
        {
            _json.Append("],\"aliases\":{");
            for (var i = 0; i < Aliases.Count; i++)
            {
                if (i > 0)
                    _json.Append(',');
                _json.Append(JsonTextWriter.Quote(Aliases[i].Alias)).Append(":[");
                _json.AppendJoin(',', Aliases[i].Targets.Select(JsonTextWriter.Quote));
                _json.Append(']');
            }
            return _json.Append("}}");
        }

        /// <summary>Empties it for the next shard.</summary>
        public void Clear()
        {
            _json.Clear().Append(Start);
            Length = 0;
            Aliases.Clear();
        }
    }
}
