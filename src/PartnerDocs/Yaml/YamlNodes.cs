using PartnerDocs.Diagnostics;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace PartnerDocs.Yaml;

/// <summary>Reads YAML with source positions, turning parse errors into diagnostics instead of exceptions.</summary>
internal static class YamlNodes
{
    /// <summary>Parses the first document's root node, or returns null after reporting why it could not.</summary>
    /// <param name="lineOffset">Lines before <paramref name="text"/> in the file (front matter starts after its fence).</param>
    public static YamlNode? ParseRoot(string text, string file, int lineOffset, string rule, DiagnosticBag diagnostics)
    {
        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(text));
        }
        catch (YamlException ex)
        {
            var line = (int)ex.Start.Line + lineOffset;
            var message = ex.InnerException?.Message ?? ex.Message;
            diagnostics.Add(rule, Severity.Error, new SourceLocation(file, Math.Max(1, line), Math.Max(1, (int)ex.Start.Column)), $"invalid YAML: {Clean(message)}");
            return null;
        }

        return stream.Documents.Count == 0 ? null : stream.Documents[0].RootNode;
    }

    public static SourceLocation Location(YamlNode node, string file, int lineOffset) =>
        new(file, (int)node.Start.Line + lineOffset, (int)node.Start.Column);

    /// <summary>A scalar's text, or a sequence of scalars joined with ", "; null for anything else.</summary>
    public static string? Text(YamlNode node) => node switch
    {
        YamlScalarNode scalar => scalar.Value ?? "",
        YamlSequenceNode sequence when sequence.All(n => n is YamlScalarNode) =>
            string.Join(", ", sequence.Cast<YamlScalarNode>().Select(s => s.Value)),
        _ => null,
    };

    // YamlDotNet prefixes messages with "(Line: 3, Col: 1, Idx: 20) - (…): "; the diagnostic already carries the position.
    private static string Clean(string message)
    {
        var marker = message.LastIndexOf("): ", StringComparison.Ordinal);
        return marker >= 0 && message.StartsWith("(Line", StringComparison.Ordinal) ? message[(marker + 3)..] : message;
    }
}
