using System.Text.Encodings.Web;
using System.Text.Json;

namespace PartnerDocs.Translation.Status;

/// <summary>Writes the report as JSON in the schema documented in README ("Translation status"); keys never change within a schemaVersion.</summary>
public static class StatusJson
{
    public const int SchemaVersion = 1;

    public static void Write(StatusReport report, TextWriter output)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            json.WriteStartObject();
            json.WriteNumber("schemaVersion", SchemaVersion);
            json.WriteString("title", report.Title);
            json.WriteString("sourceLocale", report.SourceLocale);
            json.WriteString("fallback", StatusNames.Json(report.Fallback));
            json.WriteString("history", report.GitHistory ? "git" : "none");
            json.WriteStartArray("locales");
            foreach (var locale in report.Locales)
            {
                WriteLocale(json, locale);
            }

            json.WriteEndArray();
            json.WriteStartArray("topics");
            foreach (var topic in report.Topics)
            {
                WriteTopic(json, topic);
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        output.Write(System.Text.Encoding.UTF8.GetString(stream.ToArray()));
        output.WriteLine();
    }

    private static void WriteLocale(Utf8JsonWriter json, LocaleStatus locale)
    {
        json.WriteStartObject();
        json.WriteString("locale", locale.Locale);
        json.WriteNumber("sourceTopics", locale.SourceTopics);
        foreach (var state in Enum.GetValues<TranslationState>())
        {
            json.WriteNumber(Key(state), locale.Count(state));
        }

        foreach (var state in Enum.GetValues<TranslationState>())
        {
            json.WriteNumber(Key(state) + "Percent", Math.Round(locale.Share(state), 1));
        }

        json.WriteNumber("extra", locale.ExtraTopics.Count);
        json.WriteStartArray("extraTopics");
        foreach (var path in locale.ExtraTopics)
        {
            json.WriteStringValue(path);
        }

        json.WriteEndArray();
        json.WriteNumber("wordsToTranslate", locale.WordsToTranslate);
        json.WriteNumber("staleCountedWhole", locale.StaleCountedWhole);
        json.WriteEndObject();
    }

    private static void WriteTopic(Utf8JsonWriter json, TopicStatus topic)
    {
        json.WriteStartObject();
        json.WriteString("path", topic.Path);
        json.WriteString("title", topic.Title);
        json.WriteNumber("words", topic.Words);
        WriteNullable(json, "sourceChanged", topic.SourceChanged is { } date ? StatusNames.Date(date) : null);
        WriteNullable(json, "sourceChangedFrom", topic.SourceChangedFrom is { } from ? StatusNames.Json(from) : null);
        json.WriteStartObject("locales");
        foreach (var (name, state) in topic.Locales)
        {
            json.WriteStartObject(name);
            json.WriteString("state", StatusNames.Json(state.State));
            json.WriteBoolean("machineTranslated", state.MachineTranslated);
            json.WriteNumber("wordsToTranslate", state.WordsToTranslate);
            var stale = state.State == TranslationState.Stale;
            WriteNullable(json, "staleSince", stale && topic.SourceChanged is { } since ? StatusNames.Date(since) : null);
            WriteNullable(json, "wordsCounted", state.Counted is { } counted ? StatusNames.Json(counted) : null);
            json.WriteEndObject();
        }

        json.WriteEndObject();
        json.WriteEndObject();
    }

    // current, machineTranslated, stale, missing
    private static string Key(TranslationState state) => JsonNamingPolicy.CamelCase.ConvertName(state.ToString());

    private static void WriteNullable(Utf8JsonWriter json, string name, string? value)
    {
        if (value is null)
        {
            json.WriteNull(name);
        }
        else
        {
            json.WriteString(name, value);
        }
    }
}
