using PartnerDocs.Diagnostics;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;
using YamlDotNet.RepresentationModel;

namespace PartnerDocs.Yaml;

/// <summary>
/// The one YAML reader (partnerdocs.yml, front matter, toc.yml, YAML pages): a node tree with source positions, and every
/// way YamlDotNet can fail turned into a diagnostic instead of an exception.
/// </summary>
public static class YamlReader
{
    /// <summary>Parses the first document's root node, or returns null (after reporting why, under <paramref name="rule"/>) when it cannot.</summary>
    /// <param name="lineOffset">Lines before <paramref name="text"/> in the file (front matter starts after its fence).</param>
    public static YamlNode? ParseRoot(string text, string file, int lineOffset, string rule, DiagnosticBag diagnostics)
    {
        var parser = new PositionTrackingParser(new Parser(new StringReader(text)));
        var stream = new YamlStream();
        try
        {
            stream.Load(parser);
        }
        catch (YamlException ex)
        {
            var message = ex.InnerException?.Message ?? ex.Message;
            Report(diagnostics, rule, file, lineOffset, ex.Start, $"invalid YAML: {Clean(message)}");
            return null;
        }
        // YamlDotNet reports some broken flow collections ("[a" then a new line) this way instead of with a YamlException.
        catch (InvalidOperationException)
        {
            Report(diagnostics, rule, file, lineOffset, parser.LastGoodEnd,
                "invalid YAML: a structure starting near here is never closed (an unclosed '[' or '{'?)");
            return null;
        }
        // Deeply nested flow collections overflow YamlDotNet's recursion guard with these.
        catch (Exception ex) when (ex is ArgumentException or InsufficientExecutionStackException or FormatException or OverflowException)
        {
            Report(diagnostics, rule, file, lineOffset, parser.LastGoodEnd, $"invalid YAML: {ex.Message}");
            return null;
        }

        return stream.Documents.Count == 0 ? null : stream.Documents[0].RootNode;
    }

    public static SourceLocation Location(YamlNode node, string file, int lineOffset = 0) => Location(node.Start, file, lineOffset);

    public static SourceLocation Location(Mark mark, string file, int lineOffset = 0) =>
        new(file, Math.Max(1, (int)mark.Line + lineOffset), Math.Max(1, (int)mark.Column));

    /// <summary>A scalar's text, or a sequence of scalars joined with ", "; null for anything else.</summary>
    public static string? Text(YamlNode node) => node switch
    {
        YamlScalarNode scalar => scalar.Value ?? "",
        YamlSequenceNode sequence when sequence.All(n => n is YamlScalarNode) =>
            string.Join(", ", sequence.Cast<YamlScalarNode>().Select(s => s.Value)),
        _ => null,
    };

    private static void Report(DiagnosticBag diagnostics, string rule, string file, int lineOffset, Mark at, string message) =>
        diagnostics.Add(rule, Severity.Error, Location(at, file, lineOffset), message);

    // YamlDotNet prefixes messages with "(Line: 3, Col: 1, Idx: 20) - (…): "; the diagnostic already carries the position.
    private static string Clean(string message)
    {
        var marker = message.LastIndexOf("): ", StringComparison.Ordinal);
        return marker >= 0 && message.StartsWith("(Line", StringComparison.Ordinal) ? message[(marker + 3)..] : message;
    }

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
