using PartnerDocs.Topics;

namespace PartnerDocs.Docsets;

/// <summary>Whether a translation was made from an older version of its source topic.</summary>
public static class Staleness
{
    /// <summary>
    /// Compares the translation's recorded source hash (<see cref="FrontMatter.SourceHashKey"/>) with the source body;
    /// OPS docsets have no such field, so there two ms.openlocfilehash values that differ mean different source versions.
    /// </summary>
    public static bool IsStale(Topic translation, Topic source)
    {
        if (translation.FrontMatter.SourceHash is { } recorded)
        {
            return !string.Equals(recorded, source.BodyHash, StringComparison.OrdinalIgnoreCase);
        }

        return translation.FrontMatter.OpenLocFileHash is { } theirs
            && source.FrontMatter.OpenLocFileHash is { } ours
            && !string.Equals(theirs, ours, StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>
    /// True when the translation records exactly this version of its source (front matter and <see cref="ContentHash"/> of
    /// the body, e.g. a version from git history): the same fields <see cref="IsStale(Topic, Topic)"/> compares, both present.
    /// </summary>
    public static bool IsMadeFrom(Topic translation, FrontMatter sourceFrontMatter, string sourceBodyHash) =>
        translation.FrontMatter.SourceHash is { } recorded
            ? string.Equals(recorded, sourceBodyHash, StringComparison.OrdinalIgnoreCase)
            : translation.FrontMatter.OpenLocFileHash is { } theirs && string.Equals(theirs, sourceFrontMatter.OpenLocFileHash, StringComparison.OrdinalIgnoreCase);

    /// <summary>ms.translationtype: MT, the OPS pipeline's mark of a machine translation.</summary>
    public static bool IsMachineTranslated(Topic translation) =>
        string.Equals(translation.FrontMatter.TranslationType, "MT", StringComparison.OrdinalIgnoreCase);
}
