using System.Globalization;
using PartnerDocs.Diagnostics;
using PartnerDocs.Docsets;
using PartnerDocs.Topics;

namespace PartnerDocs.Translation.Status;

/// <summary>Computes the <see cref="StatusReport"/> of a loaded docset, with git history when the docset is in a repository.</summary>
public static class TranslationStatus
{
    private static readonly string[] MsDateFormats = ["MM/dd/yyyy", "M/d/yyyy", "yyyy-MM-dd", "MM/dd/yy"];

    /// <returns>Null when the docset has no source locale.</returns>
    public static StatusReport? Compute(Docset docset)
    {
        if (docset.Source is not { } source)
        {
            return null;
        }

        var translations = docset.Locales.Where(l => l != source).ToList();
        using var history = GitHistory.Open(Path.Combine(docset.Root, source.Name));
        var versions = new SourceVersions(history);
        var topics = new List<TopicStatus>();
        foreach (var original in source.Topics.Values)
        {
            var body = original.Body ?? throw new InvalidOperationException($"{original.File} was loaded without its body: status needs the docset loaded with bodies");
            var words = WordCounter.Count(body);
            var states = translations.ToDictionary(
                l => l.Name,
                l => StateOf(l.Topics.GetValueOrDefault(original.Path), original, body, words, versions),
                StringComparer.Ordinal);
            var (changed, from) = LastChange(docset.Root, original, history);
            topics.Add(new TopicStatus(original.Path, original.Title, words, changed, from, states));
        }

        var locales = translations.Select(l => Summarize(l, source, topics)).ToList();
        return new StatusReport(docset.Title, source.Name, docset.Config.Fallback, history is not null, locales, topics);
    }

    private static LocaleTopicStatus StateOf(Topic? translation, Topic original, string body, int words, SourceVersions versions)
    {
        if (translation is null)
        {
            return new LocaleTopicStatus(TranslationState.Missing, false, words, null);
        }

        var machine = Staleness.IsMachineTranslated(translation);
        if (!Staleness.IsStale(translation, original))
        {
            return new LocaleTopicStatus(machine ? TranslationState.MachineTranslated : TranslationState.Current, machine, 0, null);
        }

        return versions.MadeFrom(translation, original) is { } old
            ? new LocaleTopicStatus(TranslationState.Stale, machine, Paragraphs.Changed(old, body).Sum(WordCounter.Count), StaleWordCount.ChangedParagraphs)
            : new LocaleTopicStatus(TranslationState.Stale, machine, words, StaleWordCount.WholeTopic);
    }

    private static LocaleStatus Summarize(LocaleContent locale, LocaleContent source, IReadOnlyList<TopicStatus> topics)
    {
        var mine = topics.Select(t => t.Locales[locale.Name]).ToList();
        var counts = Enum.GetValues<TranslationState>().ToDictionary(s => s, s => mine.Count(t => t.State == s));
        var extra = locale.Topics.Keys.Where(path => !source.Topics.ContainsKey(path)).ToList();
        return new LocaleStatus(locale.Name, topics.Count, counts, extra, mine.Sum(t => t.WordsToTranslate), mine.Count(t => t.Counted == StaleWordCount.WholeTopic));
    }

    private static (DateOnly?, ChangeDateSource?) LastChange(string root, Topic topic, GitHistory? history)
    {
        if (history?.HasUncommittedChanges(topic.Path) == true)
        {
            return (DateOnly.FromDateTime(File.GetLastWriteTimeUtc(Path.Combine(root, topic.File))), ChangeDateSource.WorkingTree);
        }

        if (history?.LastCommit(topic.Path) is { } committed)
        {
            return (DateOnly.FromDateTime(committed.UtcDateTime), ChangeDateSource.Git);
        }

        return DateOnly.TryParseExact(topic.FrontMatter.MsDate, MsDateFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? (date, ChangeDateSource.MsDate)
            : (null, null);
    }

    /// <summary>Finds, in git history, the source version a stale translation was made from; versions are read once per topic.</summary>
    private sealed class SourceVersions(GitHistory? history)
    {
        private readonly Dictionary<string, List<(FrontMatter FrontMatter, string Body, string Hash)>> cache = new(StringComparer.Ordinal);

        public string? MadeFrom(Topic translation, Topic original)
        {
            if (history is null)
            {
                return null;
            }

            if (!cache.TryGetValue(original.Path, out var list))
            {
                list = history.Versions(original.Path).Select(text => Split(text, original.File)).Select(v => (v.FrontMatter, v.Body, ContentHash.Of(v.Body))).ToList();
                cache[original.Path] = list;
            }

            return list.FirstOrDefault(v => Staleness.IsMadeFrom(translation, v.FrontMatter, v.Hash)).Body;
        }

        // Front matter problems are check's to report; here only the body matters.
        public static FrontMatterReader.Result Split(string text, string file) => FrontMatterReader.Read(text.TrimStart('\uFEFF'), file, new DiagnosticBag());
    }
}
