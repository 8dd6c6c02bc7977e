using System.Globalization;

namespace PartnerDocs.Translation.Status;

/// <summary>The report for a terminal: a table of locales, then the topics that need work, most words first.</summary>
public static class StatusText
{
    public static void Write(StatusReport report, TextWriter output)
    {
        var dates = report.GitHistory ? "source change dates from git history, else ms.date" : "source change dates from ms.date (not a git repository)";
        output.WriteLine($"Translation status of {report.Title}: source {report.SourceLocale}, {report.Topics.Count} topics; {dates}");
        output.WriteLine();
        var missing = $"missing ({StatusNames.Json(report.Fallback)})";
        var header = new[] { "locale", "current", "machine-translated", "stale", missing, "extra", "words to translate" };
        var rows = report.Locales.Select(l => new[]
        {
            l.Locale,
            Share(l, TranslationState.Current),
            Share(l, TranslationState.MachineTranslated),
            Share(l, TranslationState.Stale),
            Share(l, TranslationState.Missing),
            l.ExtraTopics.Count.ToString(CultureInfo.InvariantCulture),
            l.WordsToTranslate.ToString("N0", CultureInfo.InvariantCulture),
        }).ToList();
        WriteTable(output, [header, .. rows]);

        foreach (var locale in report.Locales.Where(l => l.StaleCountedWhole > 0))
        {
            var why = report.GitHistory ? "the source version they were made from is not in git history" : "without git history the changed paragraphs are unknown";
            var topics = locale.StaleCountedWhole == 1 ? "topic" : "topics";
            output.WriteLine($"{locale.Locale}: {locale.StaleCountedWhole} stale {topics} counted whole ({why})");
        }

        foreach (var locale in report.Locales.Where(l => l.ExtraTopics.Count > 0))
        {
            output.WriteLine($"{locale.Locale}: extra topics the source does not have: {string.Join(", ", locale.ExtraTopics)}");
        }

        var work = report.Topics.Where(t => t.Locales.Values.Any(s => s.State != TranslationState.Current))
            .OrderByDescending(t => t.Locales.Values.Sum(s => s.WordsToTranslate)).ThenBy(t => t.Path, StringComparer.Ordinal).ToList();
        if (work.Count == 0)
        {
            return;
        }

        output.WriteLine();
        output.WriteLine("Topics not current in every locale:");
        foreach (var topic in work)
        {
            var states = topic.Locales.Where(p => p.Value.State != TranslationState.Current).Select(p => $"{p.Key} {Describe(topic, p.Value)}");
            output.WriteLine($"  {topic.Path} ({topic.Words} words): {string.Join("; ", states)}");
        }
    }

    private static string Describe(TopicStatus topic, LocaleTopicStatus state)
    {
        var text = StatusNames.Json(state.State);
        if (state.State == TranslationState.Stale)
        {
            text += topic.SourceChanged is { } date ? $" since {StatusNames.Date(date)} ({StatusNames.Label(topic.SourceChangedFrom!.Value)})" : " (source change date unknown)";
            text += state.MachineTranslated ? ", machine-translated" : "";
            text += state.Counted == StaleWordCount.WholeTopic ? $", {state.WordsToTranslate} words (whole topic)" : $", {state.WordsToTranslate} words changed";
        }
        else if (state.State == TranslationState.Missing)
        {
            text += $", {state.WordsToTranslate} words";
        }

        return text;
    }

    private static string Share(LocaleStatus locale, TranslationState state) =>
        string.Create(CultureInfo.InvariantCulture, $"{locale.Count(state)} ({locale.Share(state):0.0}%)");

    private static void WriteTable(TextWriter output, IReadOnlyList<string[]> rows)
    {
        var widths = Enumerable.Range(0, rows[0].Length).Select(i => rows.Max(r => r[i].Length)).ToArray();
        foreach (var row in rows)
        {
            output.WriteLine(string.Join("  ", row.Select((cell, i) => i == 0 ? cell.PadRight(widths[i]) : cell.PadLeft(widths[i]))).TrimEnd());
        }
    }
}
