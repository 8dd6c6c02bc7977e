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
}
