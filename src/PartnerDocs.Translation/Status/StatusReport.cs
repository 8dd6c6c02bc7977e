using PartnerDocs.Docsets;

namespace PartnerDocs.Translation.Status;

/// <summary>
/// What a translation locale has of one source topic. The states partition the source topics, in this precedence:
/// missing, then stale, then machine-translated, then current.
/// </summary>
public enum TranslationState
{
    Current,
    MachineTranslated,
    Stale,
    Missing,
}

/// <summary>Where a source topic's last change date comes from.</summary>
public enum ChangeDateSource
{
    /// <summary>The date of the last commit that changed the file.</summary>
    Git,
    /// <summary>The file has changes not committed yet: its modification time.</summary>
    WorkingTree,
    /// <summary>The topic's ms.date (no git history for it).</summary>
    MsDate,
}

/// <summary>How the words to translate of a stale topic were counted.</summary>
public enum StaleWordCount
{
    /// <summary>The paragraphs that differ from the source version the translation was made from (found in git history).</summary>
    ChangedParagraphs,
    /// <summary>That version was not found (no git history, or no commit matches): the whole topic counts.</summary>
    WholeTopic,
}

public sealed record LocaleTopicStatus(TranslationState State, bool MachineTranslated, int WordsToTranslate, StaleWordCount? Counted);

public sealed record TopicStatus(
    string Path,
    string Title,
    int Words,
    DateOnly? SourceChanged,
    ChangeDateSource? SourceChangedFrom,
    IReadOnlyDictionary<string, LocaleTopicStatus> Locales);

public sealed record LocaleStatus(string Locale, int SourceTopics, IReadOnlyDictionary<TranslationState, int> Counts, IReadOnlyList<string> ExtraTopics, int WordsToTranslate, int StaleCountedWhole)
{
    public int Count(TranslationState state) => Counts.GetValueOrDefault(state);

    /// <summary>Percent of the source topics in the state (100 for current when the source has no topics).</summary>
    public double Share(TranslationState state) =>
        SourceTopics == 0 ? (state == TranslationState.Current ? 100 : 0) : 100.0 * Count(state) / SourceTopics;
}

/// <summary>The translation status of a docset: per translation locale and per source topic.</summary>
public sealed record StatusReport(
    string Title,
    string SourceLocale,
    FallbackPolicy Fallback,
    bool GitHistory,
    IReadOnlyList<LocaleStatus> Locales,
    IReadOnlyList<TopicStatus> Topics)
{
    /// <summary>Translation locales whose current share is below <paramref name="percent"/>.</summary>
    public IEnumerable<LocaleStatus> Below(double percent) => Locales.Where(l => l.Share(TranslationState.Current) < percent);
}
