using PartnerDocs.Docsets;

namespace PartnerDocs.Translation.Status;

/// <summary>The names the reports use for states and date sources: the JSON values (README contract) and the labels people read.</summary>
public static class StatusNames
{
    public static string Json(TranslationState state) => state switch
    {
        TranslationState.Current => "current",
        TranslationState.MachineTranslated => "machine-translated",
        TranslationState.Stale => "stale",
        _ => "missing",
    };

    public static string Label(TranslationState state) => state switch
    {
        TranslationState.Current => "Current",
        TranslationState.MachineTranslated => "Machine-translated",
        TranslationState.Stale => "Stale",
        _ => "Missing",
    };

    public static string Json(ChangeDateSource from) => from switch
    {
        ChangeDateSource.Git => "git",
        ChangeDateSource.WorkingTree => "working-tree",
        _ => "ms.date",
    };

    public static string Label(ChangeDateSource from) => from switch
    {
        ChangeDateSource.Git => "git history",
        ChangeDateSource.WorkingTree => "uncommitted change",
        _ => "ms.date",
    };

    public static string Json(StaleWordCount counted) => counted == StaleWordCount.ChangedParagraphs ? "changed-paragraphs" : "whole-topic";

    public static string Json(FallbackPolicy fallback) => fallback == FallbackPolicy.Fallback ? "fallback" : "omit";

    /// <summary>What readers of a locale get for a missing topic.</summary>
    public static string MissingMeans(FallbackPolicy fallback) => fallback == FallbackPolicy.Fallback ? "readers see the source text" : "the page is left out";

    public static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
}
