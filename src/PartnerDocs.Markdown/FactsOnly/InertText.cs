using System.Buffers;

namespace PartnerDocs.Markdown.FactsOnly;

/// <summary>Text no inline parser of the pipeline acts on, so its inlines can be built without one.</summary>
internal static class InertText
{
    // What starts an inline construct: CommonMark's, the emphasis extras', the DocFX extensions', generic attributes', pipe
    // tables' and (with a dollar) math's; quotes end an attribute value and line ends a line.
    private static readonly SearchValues<char> InlineStarts = SearchValues.Create("\\`*_~^+=[]!<>&{}|$\"\r\n");

    // What starts an autolink ("www.", "http://", "ftp://", "mailto:") or a :::no-loc span; a lone ':' is text.
    private static readonly SearchValues<string> Openers = SearchValues.Create(["www.", "://", "mailto:", "::"], StringComparison.OrdinalIgnoreCase);

    public static bool Is(ReadOnlySpan<char> text) => !text.ContainsAny(InlineStarts) && !text.ContainsAny(Openers);
}
