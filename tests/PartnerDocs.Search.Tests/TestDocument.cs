using System.Text;
using PartnerDocs.Search;
using PartnerDocs.Search.Json;

namespace PartnerDocs.Tests.Search;

/// <summary>A document for both builders; a field absent from <see cref="Fields"/> is missing, a null one is null.</summary>
public sealed record TestDocument(string Ref, Dictionary<string, string?> Fields, double Boost = 1);

/// <summary>Builds the same index with the C# builder and with lunr.js.</summary>
public static class TestIndexes
{
    public static string BuildWithCSharp(LanguageProfile profile, IReadOnlyList<LunrField> fields, IEnumerable<TestDocument> documents, bool storePositions = false)
    {
        var builder = new LunrIndexBuilder(profile, fields, storePositions);
        foreach (var document in documents)
            builder.Add(document.Ref, document.Fields, document.Boost);
        using var stream = new MemoryStream();
        builder.WriteJson(stream);
        return Encoding.UTF8.GetString(stream.ToArray());
    }

    /// <summary>The documents built in runs of <paramref name="partSize"/> on separate builders, appended into the first.</summary>
    public static LunrIndexBuilder BuildInParts(LanguageProfile profile, IReadOnlyList<LunrField> fields, IReadOnlyList<TestDocument> documents, int partSize, bool storePositions = false)
    {
        var parts = documents.Chunk(partSize).Select(run =>
        {
            var part = new LunrIndexBuilder(profile, fields, storePositions);
            foreach (var document in run)
                part.Add(document.Ref, document.Fields, document.Boost);
            return part;
        }).ToList();
        foreach (var part in parts.Skip(1))
            parts[0].Append(part);
        return parts[0];
    }

    public static string Json(LunrIndexBuilder builder)
    {
        using var stream = new MemoryStream();
        builder.WriteJson(stream);
        return Encoding.UTF8.GetString(stream.ToArray());
    }

    public static SplitIndexStats BuildSplit(LanguageProfile profile, IReadOnlyList<LunrField> fields, IEnumerable<TestDocument> documents, string folder, SplitIndexOptions options)
    {
        var builder = new LunrIndexBuilder(profile, fields);
        var docs = new List<SearchDoc>();
        foreach (var document in documents)
        {
            builder.Add(document.Ref, document.Fields, document.Boost);
            docs.Add(new SearchDoc(document.Ref, document.Fields.GetValueOrDefault("title") ?? "", document.Ref, "", ""));
        }
        return builder.WriteSplit(folder, docs, options);
    }

    public static string BuildWithLunrJs(LanguageProfile profile, IReadOnlyList<LunrField> fields, IEnumerable<TestDocument> documents, bool storePositions = false) =>
        NodeOracle.Run("build", BuildRequest(profile, fields, documents, storePositions));

    // JSON written with the writer under test: it keeps lone surrogates, which System.Text.Json would replace.
    private static string BuildRequest(LanguageProfile profile, IReadOnlyList<LunrField> fields, IEnumerable<TestDocument> documents, bool storePositions)
    {
        var json = new StringBuilder();
        json.Append("{\"language\":").Append(JsonTextWriter.Quote(profile.Language));
        json.Append(",\"storePositions\":").Append(storePositions ? "true" : "false");
        json.Append(",\"fields\":[").AppendJoin(',', fields.Select(f => $"{{\"name\":{JsonTextWriter.Quote(f.Name)},\"boost\":{Number(f.Boost)}}}"));
        json.Append("],\"docs\":[").AppendJoin(',', documents.Select(d =>
            $"{{\"ref\":{JsonTextWriter.Quote(d.Ref)},\"boost\":{Number(d.Boost)},\"fields\":{{"
            + string.Join(',', d.Fields.Select(f => $"{JsonTextWriter.Quote(f.Key)}:{(f.Value is null ? "null" : JsonTextWriter.Quote(f.Value))}"))
            + "}}"));
        return json.Append("]}").ToString();
    }

    private static string Number(double value)
    {
        Span<char> buffer = stackalloc char[32];
        return buffer[..JsNumber.Format(value, buffer)].ToString();
    }
}
