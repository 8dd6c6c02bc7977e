using PartnerDocs.Diagnostics;
using PartnerDocs.Yaml;
using YamlDotNet.RepresentationModel;

namespace PartnerDocs.Topics;

/// <summary>Splits "---" YAML front matter from a topic; malformed YAML is a diagnostic and the topic still loads.</summary>
public static class FrontMatterReader
{
    public readonly record struct Result(FrontMatter FrontMatter, string Body, int BodyFirstLine);

    /// <summary>The front matter and where the body starts (its offset in <paramref name="text"/> and its 1-based line).</summary>
    public readonly record struct Split(FrontMatter FrontMatter, int BodyStart, int BodyFirstLine);

    /// <param name="text">The whole file, BOM already stripped.</param>
    public static Result Read(string text, string file, DiagnosticBag diagnostics)
    {
        var (frontMatter, bodyStart, bodyFirstLine) = SplitOff(text, file, diagnostics);
        return new Result(frontMatter, text[bodyStart..], bodyFirstLine);
    }

    /// <summary>Reads the front matter of <paramref name="text"/> (the whole file, BOM already stripped) and finds the body, without copying it.</summary>
    /// <param name="keptValues">The keys whose values are kept, null for all (see <see cref="FrontMatter.CheckedKeys"/>).</param>
    public static Split SplitOff(ReadOnlySpan<char> text, string file, DiagnosticBag diagnostics, IReadOnlySet<string>? keptValues = null)
    {
        if (FrontMatterFence.Find(text, out var unclosed) is not { } fence)
        {
            if (unclosed)
            {
                diagnostics.Add(Rules.FrontMatterInvalid, Severity.Error, new SourceLocation(file, 1), "front matter starts with '---' but has no closing '---' line");
            }

            return new Split(FrontMatter.None, 0, 1);
        }

        // The YAML starts on line 2, so its 1-based lines are one short of the file's.
        var yaml = text[fence.YamlStart..fence.YamlEnd];
        var frontMatter = FlatFrontMatter.TryRead(yaml, 1, fence.BodyFirstLine - 1, keptValues)
            ?? Parse(yaml.ToString(), file, 1, diagnostics, fence.BodyFirstLine - 1, keptValues);
        return new Split(frontMatter, fence.BodyStart, fence.BodyFirstLine);
    }

    /// <summary>The front matter as the YAML reader gives it (what <see cref="FlatFrontMatter"/> must agree with).</summary>
    internal static FrontMatter Parse(string yaml, string file, int lineOffset, DiagnosticBag diagnostics, int closingLine, IReadOnlySet<string>? keptValues = null)
    {
        var root = YamlReader.ParseRoot(yaml, file, lineOffset, Rules.FrontMatterInvalid, diagnostics);
        if (root is null)
        {
            // Unreadable YAML was reported; an empty block ("---" then "---") is fine to edit.
            return new FrontMatter { LineCount = closingLine, IsEditable = yaml.AsSpan().IsWhiteSpace() };
        }

        if (root is not YamlMappingNode mapping)
        {
            diagnostics.Add(Rules.FrontMatterInvalid, Severity.Error, YamlReader.Location(root, file, lineOffset), "front matter must be key: value pairs");
            return new FrontMatter { LineCount = closingLine, IsEditable = false };
        }

        var entries = new FrontMatterBuilder(mapping.Children.Count, keptValues);
        foreach (var (keyNode, value) in mapping.Children)
        {
            if (keyNode is not YamlScalarNode { Value: { } key })
            {
                continue;
            }

            if (FrontMatter.TextKeys.Contains(key) && value is not YamlScalarNode)
            {
                diagnostics.Add(Rules.FrontMatterInvalid, Severity.Error, YamlReader.Location(value, file, lineOffset),
                    $"'{key}' must be one line of text, not a {(value is YamlMappingNode ? "mapping" : "list")} (quote it if it contains ': ')");
            }
            else if (YamlReader.Text(value) is { } text)
            {
                entries.TryAdd(key, text.Trim(), (int)keyNode.Start.Line + lineOffset);
            }
        }

        return entries.ToFrontMatter(closingLine);
    }
}
