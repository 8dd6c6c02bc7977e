namespace PartnerDocs.Docsets;

/// <summary>What a locale shows for a topic that exists only in the source locale.</summary>
public enum FallbackPolicy
{
    /// <summary>Render the source text inside the locale's chrome, with a notice.</summary>
    Fallback,
    /// <summary>Leave the page out of the locale.</summary>
    Omit,
}
