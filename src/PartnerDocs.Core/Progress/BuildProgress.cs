namespace PartnerDocs.Progress;

/// <summary>
/// How far long work has got, for a front end to show (the CLI draws it; the preview and tests pass no reporter).
/// <paramref name="Total"/> is 0 when the stage has no count, e.g. writing the search index.
/// </summary>
public readonly record struct BuildProgress(string Stage, int Done, int Total);
