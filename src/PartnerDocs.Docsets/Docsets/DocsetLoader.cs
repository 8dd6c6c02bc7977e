using System.Collections.Concurrent;
using System.Text;
using PartnerDocs.Diagnostics;
using PartnerDocs.Markdown;
using PartnerDocs.Markdown.Includes;
using PartnerDocs.Search;
using PartnerDocs.Toc;
using PartnerDocs.Topics;

namespace PartnerDocs.Docsets;

/// <summary>Reads a docset folder into the <see cref="Docset"/> model: config, locales, TOCs and every topic, in parallel.</summary>
public static class DocsetLoader
{
    public static Docset Load(string docsetRoot) => Load(docsetRoot, LoadOptions.KeepSyntaxTrees);

    public static Docset Load(string docsetRoot, LoadOptions options)
    {
        var root = Path.GetFullPath(docsetRoot);
        if (!Directory.Exists(root))
        {
            throw new DocsetNotFoundException($"docset folder '{docsetRoot}' does not exist");
        }

        var diagnostics = new DiagnosticBag();
        var config = DocsetConfigReader.Read(root, diagnostics);
        var (names, sourceName) = LocaleDiscovery.Discover(root, config, diagnostics);
        var files = names.ToDictionary(name => name, name => LocaleFiles.List(Path.Combine(root, name)));
        var largestLocale = files.Values.Select(f => f.Count(LocaleFiles.IsTopic)).DefaultIfEmpty(0).Max();
        var engine = new MarkdownEngine(SearchBudget.BodyWords(config.SearchBodyWords, largestLocale), config.RawHtml, diagnostics);
        var includes = new IncludeResolver(root, engine, diagnostics);

        var locales = names.Select(name => LoadLocale(root, name, files[name], new TopicParser(engine, includes, options, diagnostics))).ToList();
        ResolveIncludes(locales, includes);

        return new Docset
        {
            Root = root,
            Config = config,
            Locales = locales,
            Source = locales.FirstOrDefault(l => l.Name == sourceName),
            Markdown = engine,
            Includes = includes,
            Diagnostics = diagnostics,
        };
    }

    private static LocaleContent LoadLocale(string root, string locale, IReadOnlySet<string> files, TopicParser parser)
    {
        var toc = TocReader.Read(root, locale, parser.Diagnostics) ?? TocTree.Empty(locale + "/TOC.md");
        var topics = new ConcurrentDictionary<string, Topic>(StringComparer.Ordinal);
        Parallel.ForEach(files.Where(LocaleFiles.IsTopic), path =>
        {
            if (LoadTopic(root, locale, path, parser) is { } topic)
            {
                topics[path] = topic;
            }
        });

        return new LocaleContent
        {
            Name = locale,
            Toc = toc,
            Topics = new SortedDictionary<string, Topic>(topics, StringComparer.Ordinal),
            Files = files,
        };
    }

    private static Topic? LoadTopic(string root, string locale, string path, TopicParser parser)
    {
        var diagnostics = parser.Diagnostics;
        var file = locale + "/" + path;
        string text;
        try
        {
            text = File.ReadAllText(Path.Combine(root, locale, path), Encoding.UTF8);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            diagnostics.Add(Rules.TopicUnreadable, Severity.Error, new SourceLocation(file, 1), $"cannot read the topic: {ex.Message}", locale);
            return null;
        }

        var (frontMatter, body, bodyFirstLine) = FrontMatterReader.Read(text.TrimStart('\uFEFF'), file, diagnostics);
        var (markdown, html) = parser.Parse(locale, file, body, bodyFirstLine);
        return new Topic
        {
            Locale = locale,
            Path = path,
            FrontMatter = frontMatter,
            Markdown = markdown,
            BodyHtml = html,
            BodyHash = ContentHash.Of(body),
        };
    }

    // Parsing every include up front finds cycles once, and later stages read them from the resolver's cache.
    private static void ResolveIncludes(IEnumerable<LocaleContent> locales, IncludeResolver includes)
    {
        var work = locales.SelectMany(l => l.Topics.Values).SelectMany(t => t.Markdown.Includes.Select(i => (t.File, i)));
        Parallel.ForEach(work, item => includes.Resolve(item.File, item.i));
    }
}
