using PartnerDocs.Diagnostics;
using PartnerDocs.Topics;
using PartnerDocs.Yaml;
using YamlDotNet.RepresentationModel;

namespace PartnerDocs.YamlPages;

/// <summary>
/// Reads the YAML pages Microsoft Learn builds (<c>### YamlMime:Landing</c>, <c>### YamlMime:FAQ</c>) into <see cref="YamlPage"/>s.
/// Any other .yml file is not a page: an unknown YamlMime type or a missing header is a note, never a crash.
/// </summary>
public static class YamlPageReader
{
    private const string Header = "### YamlMime:";

    /// <summary>True for a .yml file that may be a page: not a TOC.</summary>
    public static bool IsCandidate(string path) =>
        path.EndsWith(".yml", StringComparison.OrdinalIgnoreCase)
        && !path[(path.LastIndexOf('/') + 1)..].Equals("toc.yml", StringComparison.OrdinalIgnoreCase);

    /// <param name="text">The whole file, BOM already stripped.</param>
    /// <param name="file">The file relative to the docset root, for diagnostics.</param>
    /// <returns>The page, or null (with a note) when the file is not a page PartnerDocs can build.</returns>
    public static YamlPage? Read(string text, string file, DiagnosticBag diagnostics, string? locale = null)
    {
        var firstLine = text.AsSpan(0, text.IndexOf('\n') is var n and >= 0 ? n : text.Length).Trim();
        if (!firstLine.StartsWith(Header, StringComparison.Ordinal))
        {
            diagnostics.Add(Rules.YamlPageUnsupported, Severity.Note, new SourceLocation(file, 1),
                $"{file} is not published: a YAML page starts with a '### YamlMime:<type>' line (Landing or FAQ)", locale);
            return null;
        }

        var type = firstLine[Header.Length..].Trim().ToString();
        Func<YamlMappingNode, YamlPageWriter, string?>? write = type switch
        {
            "Landing" => LandingPage.Write,
            "FAQ" => FaqPage.Write,
            _ => null,
        };
        if (write is null)
        {
            diagnostics.Add(Rules.YamlPageUnsupported, Severity.Note, new SourceLocation(file, 1, Header.Length + 1),
                $"'YamlMime:{type}' pages are not built (PartnerDocs builds Landing and FAQ); {file} is not published", locale);
            return null;
        }

        var root = YamlReader.ParseRoot(text, file, 0, Rules.YamlPageInvalid, diagnostics);
        if (root is not YamlMappingNode mapping)
        {
            if (root is not null)
            {
                diagnostics.Add(Rules.YamlPageInvalid, Severity.Error, YamlReader.Location(root, file), "a YAML page is a mapping of keys such as 'title:' and 'metadata:'", locale);
            }

            return null;
        }

        var writer = new YamlPageWriter(file, locale, diagnostics);
        var heading = write(mapping, writer);
        var frontMatter = ReadMetadata(mapping, heading, file, locale, diagnostics);
        return new YamlPage(type, frontMatter, writer.Markdown.Text, writer.Markdown.Lines);
    }

    // metadata: holds the page's front matter; the top-level title is the fallback title.
    private static FrontMatter ReadMetadata(YamlMappingNode page, string? heading, string file, string? locale, DiagnosticBag diagnostics)
    {
        var entries = new FrontMatterBuilder(4);
        if (page.Children.TryGetValue(new YamlScalarNode("metadata"), out var node))
        {
            if (node is YamlMappingNode mapping)
            {
                foreach (var (key, value) in mapping.Children)
                {
                    if (key is YamlScalarNode { Value: { } name } && YamlReader.Text(value) is { } text)
                    {
                        entries.TryAdd(name, text.Trim(), (int)key.Start.Line);
                    }
                }
            }
            else
            {
                diagnostics.Add(Rules.YamlPageInvalid, Severity.Error, YamlReader.Location(node, file), "'metadata' must be a mapping of keys such as 'title:'", locale);
            }
        }

        if (heading is not null && !entries.Contains("title"))
        {
            entries.TryAdd("title", heading, 0);
        }

        return entries.ToFrontMatter();
    }
}
