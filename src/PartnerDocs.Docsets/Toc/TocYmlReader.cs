using PartnerDocs.Diagnostics;
using PartnerDocs.Files;
using PartnerDocs.Yaml;
using YamlDotNet.RepresentationModel;

namespace PartnerDocs.Toc;

/// <summary>Turns toc.yml nodes into TOC entries, following hrefs into nested TOCs.</summary>
internal sealed class TocYmlReader(FileInventory files, DiagnosticBag diagnostics)
{
    private const string KnownKeys = "name, href, items, topicHref, tocHref, displayName, expanded, uid, topicUid, homepage, homepageUid";

    private readonly HashSet<(string File, string Key)> notedKeys = [];

    /// <param name="Path">The TOC file, relative to the docset root.</param>
    /// <param name="Prefix">The TOC's folder relative to the root TOC's folder: what its hrefs are rebased with.</param>
    public sealed record TocFile(string Path, string Prefix);

    /// <param name="reportAt">Where to report the file being unreadable: the href that included it.</param>
    /// <param name="chain">The TOC files being read, outermost first, ending with <paramref name="toc"/>.</param>
    public List<TocNode> Read(TocFile toc, int level, SourceLocation reportAt, IReadOnlyList<string> chain)
    {
        if (TocFiles.ReadText(files, toc.Path, diagnostics, reportAt) is not { } text)
        {
            return [];
        }

        if (TocFiles.IsMarkdown(toc.Path))
        {
            var roots = TocMdParser.ParseRoots(text, toc.Path, diagnostics);
            // A locale's root TOC.md, as usual: nothing to rebase, so its entries are kept as parsed.
            return level == 1 && toc.Prefix.Length == 0 && !roots.Any(NestsToc) ? roots : roots.Select(node => Rebased(node, level - 1, toc, chain)).ToList();
        }

        return YamlReader.ParseRoot(text, toc.Path, 0, Rules.TocSyntax, diagnostics) switch
        {
            null => [],
            YamlSequenceNode items => ReadItems(items, toc, level, chain),
            YamlMappingNode root => ReadRootMapping(root, toc, level, chain),
            YamlScalarNode scalar when IsNull(scalar) => [],
            var other => WrongType<List<TocNode>>(toc, other, "a toc.yml holds a list of items, or a mapping with 'items:'", []),
        };
    }

    private List<TocNode> ReadRootMapping(YamlMappingNode root, TocFile toc, int level, IReadOnlyList<string> chain)
    {
        var nodes = new List<TocNode>();
        foreach (var (key, value) in root.Children)
        {
            if (key is YamlScalarNode { Value: "items" })
            {
                nodes.AddRange(ReadItemsValue(value, toc, level, chain));
            }
            else
            {
                Report(Rules.TocSyntax, Severity.Warning, toc, key, $"unknown key {Describe(key)} at the top of the TOC; expected 'items'");
            }
        }

        return nodes;
    }

    private List<TocNode> ReadItemsValue(YamlNode value, TocFile toc, int level, IReadOnlyList<string> chain) => value switch
    {
        YamlSequenceNode items => ReadItems(items, toc, level, chain),
        YamlScalarNode scalar when IsNull(scalar) => [],
        _ => WrongType<List<TocNode>>(toc, value, "'items' must be a list of TOC items", []),
    };

    private List<TocNode> ReadItems(YamlSequenceNode items, TocFile toc, int level, IReadOnlyList<string> chain)
    {
        var nodes = new List<TocNode>();
        foreach (var item in items)
        {
            if (item is YamlMappingNode mapping)
            {
                nodes.Add(ReadItem(mapping, toc, level, chain));
            }
            else
            {
                ReportWrongType(toc, item, "a TOC item must be a mapping such as 'name: Billing' and 'href: billing.md'");
            }
        }

        return nodes;
    }

    private TocNode ReadItem(YamlMappingNode mapping, TocFile toc, int level, IReadOnlyList<string> chain)
    {
        string? name = null, href = null, topicHref = null, displayName = null, uid = null, tocHref = null;
        var expanded = false;
        var metadata = new Dictionary<string, string>(StringComparer.Ordinal);
        YamlNode? nameNode = null, hrefNode = null, itemsKey = null, items = null;
        foreach (var (key, value) in mapping.Children)
        {
            var keyText = (key as YamlScalarNode)?.Value ?? "";
            // Keys are matched without regard to case: real docsets write both displayName and displayname.
            switch (keyText.ToLowerInvariant())
            {
                case "name":
                    name = ReadText(value, "name", toc);
                    nameNode = value;
                    break;
                case "href":
                    href = ReadText(value, "href", toc)?.Trim();
                    hrefNode = value;
                    break;
                case "topichref" or "homepage":
                    topicHref = ReadText(value, keyText, toc)?.Trim();
                    break;
                case "tochref":
                    tocHref = ReadText(value, keyText, toc)?.Trim();
                    break;
                case "displayname":
                    displayName = ReadText(value, keyText, toc);
                    break;
                case "expanded":
                    expanded = ReadBool(value, keyText, toc);
                    break;
                case "items":
                    (itemsKey, items) = (key, value);
                    break;
                case "uid" or "topicuid" or "homepageuid":
                    uid = ReadText(value, keyText, toc);
                    break;
                default:
                    metadata[keyText] = YamlReader.Text(value) ?? "";
                    NoteUnknownKey(toc, key, keyText);
                    break;
            }
        }

        // A name of the wrong type has been reported already.
        if (name is null && nameNode is null or YamlScalarNode)
        {
            Report(Rules.TocSyntax, Severity.Error, toc, mapping, "this TOC item has no 'name': add 'name:' with the entry's title");
        }

        var location = YamlReader.Location(mapping, toc.Path);
        var nestsToc = href is not null && TocHref.IsTocReference(href);
        var node = new TocNode(name ?? "", nestsToc ? null : Rebase(href, toc), level, location)
        {
            TopicHref = Rebase(topicHref, toc),
            Expanded = expanded,
            DisplayName = displayName,
            Uid = uid,
            TocHref = tocHref,
            Metadata = metadata,
        };

        if (nestsToc)
        {
            node.Children.AddRange(ReadNested(href!, YamlReader.Location(hrefNode!, toc.Path), toc, level + 1, chain));
            if (itemsKey is not null)
            {
                Report(Rules.TocSyntax, Severity.Warning, toc, itemsKey, "'items' is ignored: this item's href already includes another TOC");
            }
        }
        else if (items is not null)
        {
            node.Children.AddRange(ReadItemsValue(items, toc, level + 1, chain));
        }

        return node;
    }

    // One note per unknown key and TOC file: the key is kept as metadata, and a docset that uses it everywhere gets one line.
    private void NoteUnknownKey(TocFile toc, YamlNode key, string keyText)
    {
        if (notedKeys.Add((toc.Path, keyText)))
        {
            Report(Rules.TocSyntax, Severity.Note, toc, key,
                $"'{keyText}' is not a TOC key PartnerDocs reads ({KnownKeys}); it is kept as metadata (first use in this file)");
        }
    }

    private List<TocNode> ReadNested(string href, SourceLocation at, TocFile toc, int level, IReadOnlyList<string> chain)
    {
        var path = TocHref.PathPart(href);
        var isFolder = path.EndsWith('/');
        var folder = isFolder ? path.TrimEnd('/') : TocHref.Folder(path);
        var targetFolder = TocHref.Normalize(TocHref.Join(TocHref.Folder(toc.Path), folder));
        if (TocHref.IsOutsideRoot(targetFolder))
        {
            diagnostics.Add(Rules.TocTargetMissing, Severity.Error, at, $"the nested TOC '{href}' points outside the docset");
            return [];
        }

        var fileName = isFolder ? TocFiles.Find(files, targetFolder) : TocFiles.FindFile(files, targetFolder, TocHref.FileName(path));
        if (fileName is null)
        {
            diagnostics.Add(Rules.TocTargetMissing, Severity.Error, at, isFolder
                ? $"the folder '{href}' has no TOC.md or toc.yml to include"
                : $"the nested TOC '{href}' does not exist (looked for {TocHref.Join(targetFolder, TocHref.FileName(path))})");
            return [];
        }

        var target = TocHref.Join(targetFolder, fileName);
        if (!isFolder && fileName != TocHref.FileName(path))
        {
            diagnostics.Add(Rules.TocTargetMissing, Severity.Warning, at,
                $"the nested TOC '{href}' differs only in letter case from {target}: it works on Windows and macOS, not on Linux servers");
        }

        if (chain.Contains(target))
        {
            diagnostics.Add(Rules.TocCycle, Severity.Error, at,
                $"'{href}' includes a TOC that is already being read: {string.Join(" -> ", chain)} -> {target}");
            return [];
        }

        var nested = new TocFile(target, TocHref.Normalize(TocHref.Join(toc.Prefix, folder)));
        return Read(nested, level, at, [.. chain, target]);
    }

    /// <summary>
    /// A copy of a TOC.md entry, moved <paramref name="levelOffset"/> deeper with hrefs rebased; an entry whose href names
    /// another TOC becomes a group holding that TOC's entries.
    /// </summary>
    private TocNode Rebased(TocNode node, int levelOffset, TocFile toc, IReadOnlyList<string> chain)
    {
        var nestsToc = NamesToc(node);
        var copy = new TocNode(node.Title, node.Href is null || nestsToc ? null : TocHref.Rebase(node.Href, toc.Prefix), node.Level + levelOffset, node.Location)
        {
            TopicHref = node.TopicHref is null ? null : TocHref.Rebase(node.TopicHref, toc.Prefix),
            Expanded = node.Expanded,
        };
        if (nestsToc)
        {
            copy.Children.AddRange(ReadNested(node.Href!, node.Location, toc, copy.Level + 1, chain));
        }

        copy.Children.AddRange(node.Children.Select(child => Rebased(child, levelOffset, toc, chain)));
        return copy;
    }

    private static bool NamesToc(TocNode node) => node.Href is not null && TocHref.IsTocReference(node.Href);

    private static bool NestsToc(TocNode node) => NamesToc(node) || node.Children.Any(NestsToc);

    private static string? Rebase(string? href, TocFile toc) => href is null || href.Length == 0 ? null : TocHref.Rebase(href, toc.Prefix);

    private string? ReadText(YamlNode value, string key, TocFile toc) => value switch
    {
        YamlScalarNode scalar when IsNull(scalar) => null,
        YamlScalarNode scalar => scalar.Value,
        _ => WrongType<string?>(toc, value, $"'{key}' must be text", null),
    };

    private bool ReadBool(YamlNode value, string key, TocFile toc) =>
        value is YamlScalarNode { Value: { } text } && bool.TryParse(text, out var result)
            ? result
            : WrongType(toc, value, $"'{key}' must be true or false", false);

    private T WrongType<T>(TocFile toc, YamlNode node, string expectation, T fallback)
    {
        ReportWrongType(toc, node, expectation);
        return fallback;
    }

    private void ReportWrongType(TocFile toc, YamlNode node, string expectation) =>
        Report(Rules.TocSyntax, Severity.Error, toc, node, $"{expectation}, found {Describe(node)}");

    private void Report(string rule, Severity severity, TocFile toc, YamlNode at, string message) =>
        diagnostics.Add(rule, severity, YamlReader.Location(at, toc.Path), message);

    // A plain empty, "~" or "null" scalar is YAML's null.
    private static bool IsNull(YamlScalarNode scalar) =>
        scalar.Style == YamlDotNet.Core.ScalarStyle.Plain && scalar.Value is null or "" or "~" or "null" or "Null" or "NULL";

    private static string Describe(YamlNode node) => node switch
    {
        YamlScalarNode { Value: var value } => $"\"{value}\"",
        YamlSequenceNode => "a list",
        YamlMappingNode => "a mapping",
        _ => "an alias",
    };
}
