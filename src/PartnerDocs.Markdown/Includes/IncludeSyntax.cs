namespace PartnerDocs.Markdown.Includes;

/// <summary>Scans <c>[!INCLUDE[title](path)]</c>, also with spaces before the title's '[' as DocFX accepts; shared by the block and inline parsers.</summary>
internal static class IncludeSyntax
{
    private const string Marker = "[!INCLUDE";

    /// <summary>Matches at <paramref name="start"/>; returns the offset after the closing ']' or -1.</summary>
    public static int Match(string text, int start, int end, out string title, out string path)
    {
        title = path = "";
        if (end - start < Marker.Length || string.Compare(text, start, Marker, 0, Marker.Length, StringComparison.OrdinalIgnoreCase) != 0)
        {
            return -1;
        }

        var open = start + Marker.Length;
        while (open < end && text[open] is ' ' or '\t')
        {
            open++;
        }

        if (open >= end || text[open] != '[')
        {
            return -1;
        }

        var titleStart = open + 1;
        var titleEnd = text.IndexOf("](", titleStart, end - titleStart, StringComparison.Ordinal);
        if (titleEnd < 0)
        {
            return -1;
        }

        var pathStart = titleEnd + 2;
        var pathEnd = text.IndexOf(")]", pathStart, end - pathStart, StringComparison.Ordinal);
        if (pathEnd < 0 || text.AsSpan(titleStart, pathEnd - titleStart).ContainsAny('\n', '\r'))
        {
            return -1;
        }

        title = text[titleStart..titleEnd];
        path = text[pathStart..pathEnd].Trim();
        if (path.Length > 1 && path[0] == '<' && path[^1] == '>')
        {
            path = path[1..^1];
        }

        return path.Length == 0 ? -1 : pathEnd + 2;
    }
}
