namespace PartnerDocs.Rendering;

/// <summary>The template folder cannot be used; the message names the file.</summary>
public sealed class TemplateException(string message) : Exception(message);
