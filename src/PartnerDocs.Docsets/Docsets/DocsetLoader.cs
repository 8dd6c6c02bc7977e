using System.Collections.Concurrent;
using PartnerDocs.Diagnostics;
using PartnerDocs.Files;
using PartnerDocs.Markdown;
using PartnerDocs.Paths;
using PartnerDocs.Toc;
using PartnerDocs.Topics;
using PartnerDocs.YamlPages;

namespace PartnerDocs.Docsets;

/// <summary>
/// Reads a docset folder into the <see cref="Docset"/> model: the file inventory, config, locales, TOCs, every topic (in
/// parallel) and every included file, with each reference resolved. It keeps facts and text, not syntax trees.
/// </summary>
public static class DocsetLoader
{
    public static Docset Load(string docsetRoot)
    {
        var root = Path.GetFullPath(docsetRoot);
        if (!Directory.Exists(root))
        {
            throw new DocsetNotFoundException($"docset folder '{docsetRoot}' does not exist");
        }

        var diagnostics = new DiagnosticBag();
        var files = FileInventory.Scan(root, diagnostics);
        var config = DocsetConfigReader.Read(files, diagnostics);
        var (names, sourceName) = LocaleDiscovery.Discover(root, config, diagnostics);
        var localeFiles = names.ToDictionary(name => name, files.Under);
        var references = new ReferenceResolver(names.ToHashSet(StringComparer.Ordinal), config.BasePath, config.ExternalPaths);
        var engine = new MarkdownEngine(references, rawHtml: config.RawHtml, diagnostics: diagnostics);

        var locales = names.Select(name => LoadLocale(files, name, localeFiles[name], engine, diagnostics)).ToList();
        var includes = IncludeLoader.Load(locales.SelectMany(l => l.Topics.Values), files, engine, diagnostics);

        return new Docset
        {
            Root = root,
            Config = config,
            Locales = locales,
            Source = locales.FirstOrDefault(l => l.Name == sourceName),
            Files = files,
            Includes = includes,
            References = references,
            Diagnostics = diagnostics,
        };
    }

    private static LocaleContent LoadLocale(FileInventory files, string locale, IReadOnlySet<string> localeFiles, MarkdownEngine engine, DiagnosticBag diagnostics)
    {
        var toc = TocReader.Read(files.Root, locale, diagnostics) ?? TocTree.Empty(locale + "/TOC.md");
        var topics = new ConcurrentDictionary<string, Topic>(StringComparer.Ordinal);
        Parallel.ForEach(localeFiles.Where(TopicFiles.IsTopic), path =>
        {
            if (LoadTopic(files, locale, path, engine, diagnostics) is { } topic)
            {
                topics[path] = topic;
            }
        });

        return new LocaleContent
        {
            Name = locale,
            Toc = toc,
            Topics = new SortedDictionary<string, Topic>(topics, StringComparer.Ordinal),
            Files = localeFiles,
        };
    }

    private static Topic? LoadTopic(FileInventory files, string locale, string path, MarkdownEngine engine, DiagnosticBag diagnostics)
    {
        var file = locale + "/" + path;
        if (TextFiles.Read(files, file, diagnostics, Rules.TopicUnreadable) is not { } text)
        {
            return null;
        }

        if (YamlPageReader.IsCandidate(path))
        {
            return YamlTopic.Load(engine, locale, path, text, diagnostics);
        }

        var (frontMatter, body, bodyFirstLine) = FrontMatterReader.Read(text, file, diagnostics);
        return new Topic
        {
            Locale = locale,
            Path = path,
            FrontMatter = frontMatter,
            Markdown = MarkdownParsing.Facts(engine, body, file, bodyFirstLine),
            Body = body,
            BodyFirstLine = bodyFirstLine,
            BodyHash = ContentHash.Of(body),
        };
    }
}
