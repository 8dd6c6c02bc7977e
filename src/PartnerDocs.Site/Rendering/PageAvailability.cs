namespace PartnerDocs.Rendering;

/// <summary>What a locale publishes for a topic: its own translation, the source text as a fallback, or nothing.</summary>
public enum PageAvailability
{
    Missing,
    Translated,
    Fallback,
}
