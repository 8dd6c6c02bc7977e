namespace PartnerDocs.Rendering;

/// <summary>The interface text of one language, with English as the fallback for any missing key.</summary>
public sealed class UiStrings
{
    public UiStrings(string language, IReadOnlyDictionary<string, string> values, IReadOnlyList<string> missingKeys)
    {
        Language = language;
        Values = values;
        MissingKeys = missingKeys;
    }

    public string Language { get; }

    /// <summary>Every key, already merged with English; templates read it as {{t.key}}.</summary>
    public IReadOnlyDictionary<string, string> Values { get; }

    /// <summary>Keys this language lacks and borrows from English (check reports them).</summary>
    public IReadOnlyList<string> MissingKeys { get; }

    public string this[string key] => Values.TryGetValue(key, out var value) ? value : key;
}
