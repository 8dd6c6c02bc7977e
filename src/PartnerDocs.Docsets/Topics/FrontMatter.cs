namespace PartnerDocs.Topics;

/// <summary>A topic's YAML front matter: the keys PartnerDocs understands, and every key as metadata.</summary>
public sealed class FrontMatter
{
    /// <summary>Every scalar key as written (unknown keys included); sequences are joined with ", ".</summary>
    public IReadOnlyDictionary<string, string> Metadata { get; init; } = new Dictionary<string, string>();

    /// <summary>1-based line of each key in the topic file.</summary>
    public IReadOnlyDictionary<string, int> KeyLines { get; init; } = new Dictionary<string, int>();

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

    public string? Get(string key) => Metadata.TryGetValue(key, out var value) && value.Length > 0 ? value : null;

    public static FrontMatter None { get; } = new();
}
