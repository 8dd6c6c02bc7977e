using PartnerDocs.Diagnostics;
using PartnerDocs.Yaml;
using YamlDotNet.RepresentationModel;

namespace PartnerDocs.YamlPages;

/// <summary>What a page type's writer needs: the Markdown being built and typed access to the YAML with diagnostics.</summary>
internal sealed class YamlPageWriter(string file, string? locale, DiagnosticBag diagnostics)
{
    public MarkdownBuilder Markdown { get; } = new();

    public static int LineOf(YamlNode node) => (int)node.Start.Line;

    public YamlNode? Get(YamlMappingNode mapping, string key) =>
        mapping.Children.TryGetValue(new YamlScalarNode(key), out var value) ? value : null;

    /// <summary>A scalar value, or null (reported when present with another type).</summary>
    public YamlScalarNode? Scalar(YamlMappingNode mapping, string key)
    {
        var value = Get(mapping, key);
        if (value is null or YamlScalarNode)
        {
            return value as YamlScalarNode;
        }

        Invalid(value, $"'{key}' must be text");
        return null;
    }

    /// <summary>The mappings of a list value; other items and a value of another type are reported.</summary>
    public IEnumerable<YamlMappingNode> Mappings(YamlMappingNode mapping, string key)
    {
        switch (Get(mapping, key))
        {
            case null:
                yield break;
            case YamlSequenceNode sequence:
                foreach (var item in sequence)
                {
                    if (item is YamlMappingNode child)
                    {
                        yield return child;
                    }
                    else
                    {
                        Invalid(item, $"each item of '{key}' must be a mapping");
                    }
                }

                break;
            case var other:
                Invalid(other, $"'{key}' must be a list");
                break;
        }
    }

    /// <summary>Notes keys this page type does not show (once per key name and file).</summary>
    public void NoteUnknownKeys(YamlMappingNode mapping, IReadOnlySet<string> known, string where)
    {
        foreach (var key in mapping.Children.Keys)
        {
            if (key is YamlScalarNode { Value: { } name } && !known.Contains(name) && noted.Add(name))
            {
                diagnostics.Add(Rules.YamlPageUnsupported, Severity.Note, YamlReader.Location(key, file),
                    $"'{name}' {where} is not shown on the page (PartnerDocs reads {string.Join(", ", known)})", locale);
            }
        }
    }

    public void Invalid(YamlNode node, string message) =>
        diagnostics.Add(Rules.YamlPageInvalid, Severity.Error, YamlReader.Location(node, file), message, locale);

    public void Missing(YamlNode node, string message) =>
        diagnostics.Add(Rules.YamlPageInvalid, Severity.Warning, YamlReader.Location(node, file), message, locale);

    private readonly HashSet<string> noted = new(StringComparer.Ordinal);
}
