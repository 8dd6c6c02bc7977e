namespace PartnerDocs.Docsets;

/// <summary>The docset folder cannot be read at all (exit code 2), as opposed to content problems (diagnostics).</summary>
public sealed class DocsetNotFoundException(string message) : Exception(message);
