using PartnerDocs.Toc;
using PartnerDocs.Topics;

namespace PartnerDocs.Docsets;

/// <summary>Everything one locale folder holds.</summary>
public sealed class LocaleContent
{
    public required string Name { get; init; }

    /// <summary>The locale's TOC; empty (with a diagnostic) when the folder has none.</summary>
    public required TocTree Toc { get; init; }

    /// <summary>Topics by locale-relative path ("billing.md"), ordinal keys.</summary>
    public required IReadOnlyDictionary<string, Topic> Topics { get; init; }

    /// <summary>Every file in the locale folder (topics, includes, media), locale-relative.</summary>
    public required IReadOnlySet<string> Files { get; init; }

    public string Language => LocaleNames.Language(Name);

    /// <summary>The topic at the locale-relative <paramref name="path"/>, or null; looked up without a string of the path (the check rules ask for every link).</summary>
    public Topic? TopicAt(ReadOnlySpan<char> path) =>
        Topics is TopicsByPath topics ? (topics.TryGetValue(path, out var topic) ? topic : null) : Topics.GetValueOrDefault(path.ToString());
}
