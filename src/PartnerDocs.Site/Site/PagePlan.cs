using PartnerDocs.Docsets;
using PartnerDocs.Topics;

namespace PartnerDocs.Site;

/// <summary>One page to write: a topic shown in a locale, which is its own translation or a fallback to the source text.</summary>
public sealed record PagePlan(LocaleContent Locale, Topic Topic, bool IsFallback)
{
    /// <summary>Locale-relative .md path; the same for a translation and its source.</summary>
    public string Path => Topic.Path;

    public string OutputPath => Topic.OutputPath;
}
