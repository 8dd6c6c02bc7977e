using System.Text.Encodings.Web;
using System.Text.Json;

namespace PartnerDocs.Search;

/// <summary>Writes search-docs.json: <c>{"ref": {"title", "url", "summary", "section"}}</c> in index order.</summary>
public static class SearchDocsWriter
{
    private static readonly JsonWriterOptions Options = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static void Write(IEnumerable<SearchDoc> docs, Stream stream)
    {
        using var json = new Utf8JsonWriter(stream, Options);
        json.WriteStartObject();
        foreach (var doc in docs)
        {
            json.WriteStartObject(doc.Ref);
            json.WriteString("title", doc.Title);
            json.WriteString("url", doc.Url);
            json.WriteString("summary", doc.Summary);
            json.WriteString("section", doc.Section);
            json.WriteEndObject();
        }

        json.WriteEndObject();
    }
}
