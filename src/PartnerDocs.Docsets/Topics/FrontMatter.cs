namespace PartnerDocs.Topics;

/// <summary>One front matter key: its value as written (a sequence joined with ", ") and its 1-based line in the file (0 when generated).</summary>
public readonly record struct FrontMatterEntry(string Key, string Value, int Line);

/// <summary>A topic's YAML front matter: the keys PartnerDocs understands, and every key as metadata.</summary>
public sealed class FrontMatter
{
    private readonly FrontMatterEntry[] entries;

    // Null when every value was kept; else the only keys whose values were (a load for check, see CheckedKeys).
    private readonly IReadOnlySet<string>? keptValues;

    public FrontMatter() => entries = [];

    internal FrontMatter(FrontMatterEntry[] entries, IReadOnlySet<string>? keptValues = null)
    {
        this.entries = entries;
        this.keptValues = keptValues;
    }

    /// <summary>
    /// Every scalar key (unknown keys included), once each, in file order. One array rather than hash tables: a topic has a
    /// handful of keys, and the model keeps the front matter of every topic.
    /// </summary>
    public IReadOnlyList<FrontMatterEntry> Entries => keptValues is null ? entries : throw NotKept("every key");

    /// <summary>The keys whose values check reads (titles and staleness): a load for check keeps only these values, the model holding 30,000 topics.</summary>
    public static IReadOnlySet<string> CheckedKeys { get; } = new HashSet<string>(StringComparer.Ordinal)
    {
        "title", "ms.openlocfilehash", "ms.translationtype", SourceHashKey,
    };

    /// <summary>The line count of the front matter block including both fences (0 when there is none).</summary>
    public int LineCount { get; init; }

    /// <summary>False when a front matter block is there but is not readable key: value pairs; tools must not edit it.</summary>
    public bool IsEditable { get; init; } = true;

    /// <summary>The keys whose value must be one line of text (a list or mapping there is frontmatter.invalid).</summary>
    public static IReadOnlySet<string> TextKeys { get; } = new HashSet<string>(StringComparer.Ordinal)
    {
        "title", "description", "ms.date", "ms.topic", "author", "ms.openlocfilehash", "ms.sourcegitcommit",
        "ms.translationtype", "ms.contentlocale", "ms.lasthandoff", "ms.locfileid", SourceHashKey,
    };

    public string? Title => Get("title");
    public string? Description => Get("description");
    public string? MsDate => Get("ms.date");
    public string? MsTopic => Get("ms.topic");
    public string? Author => Get("author");
    public string? OpenLocFileHash => Get("ms.openlocfilehash");
    public string? SourceGitCommit => Get("ms.sourcegitcommit");
    public string? TranslationType => Get("ms.translationtype");
    public string? ContentLocale => Get("ms.contentlocale");
    public string? LastHandoff => Get("ms.lasthandoff");
    public string? LocFileId => Get("ms.locfileid");

    /// <summary>PartnerDocs' own record of the source text a translation was made from (see README).</summary>
    public string? SourceHash => Get(SourceHashKey);

    public const string SourceHashKey = "source-hash";

    public string? Get(string key) =>
        keptValues is not null && !keptValues.Contains(key) ? throw NotKept($"'{key}'")
        : Find(key) is { Value.Length: > 0 } entry ? entry.Value : null;

    /// <summary>The 1-based line <paramref name="key"/> is written on, or null when it is not in the file.</summary>
    public int? LineOf(string key) => Find(key) is { Line: > 0 } entry ? entry.Line : null;

    private FrontMatterEntry? Find(string key)
    {
        foreach (var entry in entries)
        {
            if (entry.Key == key)
            {
                return entry;
            }
        }

        return null;
    }

    public static FrontMatter None { get; } = new();

    // A reader asking for a value the load dropped would silently see none: it fails instead, naming what to keep.
    private InvalidOperationException NotKept(string what) =>
        new($"the front matter was loaded for check, which keeps only the values of {string.Join(", ", keptValues!)}, not {what}: add the key to FrontMatter.CheckedKeys");
}
