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
}
