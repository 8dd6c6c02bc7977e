using PartnerDocs.Diagnostics;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;
using YamlDotNet.RepresentationModel;

namespace PartnerDocs.Toc;

/// <summary>Loads a YAML document's node tree (which keeps line and column), turning syntax errors into diagnostics.</summary>
internal static class YamlLoader
{
    /// <returns>The first document's root, or null when the text is empty or not valid YAML.</returns>
    public static YamlNode? Load(string text, string file, DiagnosticBag diagnostics)
    {
        var parser = new PositionTrackingParser(new Parser(new StringReader(text)));
        var stream = new YamlStream();
        try
        {
            stream.Load(parser);
        }
        catch (YamlException e)
        {
            diagnostics.Add(Rules.TocSyntax, Severity.Error, Location(file, e.Start), $"invalid YAML: {e.Message}");
            return null;
        }
        // YamlDotNet reports some broken flow collections ("[a" then a new line) this way instead of with a YamlException.
        catch (InvalidOperationException)
        {
            diagnostics.Add(Rules.TocSyntax, Severity.Error, Location(file, parser.LastGoodEnd),
                "invalid YAML: a structure starting near here is never closed (an unclosed '[' or '{'?)");
            return null;
        }

        return stream.Documents.Count == 0 ? null : stream.Documents[0].RootNode;
    }

    public static SourceLocation Location(string file, Mark mark) => new(file, (int)mark.Line, (int)mark.Column);

    /// <summary>Remembers where the last event that parsed cleanly ended.</summary>
    private sealed class PositionTrackingParser(IParser inner) : IParser
    {
        public Mark LastGoodEnd { get; private set; } = Mark.Empty;

        public ParsingEvent? Current => inner.Current;

        public bool MoveNext()
        {
            var moved = inner.MoveNext();
            if (inner.Current is { } current)
            {
                LastGoodEnd = current.End;
            }

            return moved;
        }
    }
}
