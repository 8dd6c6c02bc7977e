namespace PartnerDocs.Site;

/// <summary>The output folder cannot be used safely; the command stops with exit code 2.</summary>
public sealed class OutputRefusedException(string message) : Exception(message);
