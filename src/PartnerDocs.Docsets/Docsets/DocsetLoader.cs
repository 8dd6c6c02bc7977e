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
    /// <param name="parsed">Hears of each Markdown topic with its syntax tree before the loader lets the tree go (a build renders it there).</param>
    /// <param name="searchText">False when nothing will read <see cref="ParsedMarkdown.PlainText"/> (check): it is then left empty, not built.</param>
    /// <param name="bodies">Which topics keep their <see cref="Topic.Body"/>; the others keep only its length.</param>
    public static Docset Load(string docsetRoot, TopicParsed? parsed = null, bool searchText = true, KeptBodies bodies = KeptBodies.All)
    {
        var root = Path.GetFullPath(docsetRoot);
        if (!Directory.Exists(root))
        {
            throw new DocsetNotFoundException($"docset folder '{docsetRoot}' does not exist");
        }

        var diagnostics = new DiagnosticBag();
        var files = FileInventory.Scan(root, diagnostics);
        var config = DocsetConfigReader.Read(files, diagnostics);
        var (names, sourceName) = LocaleDiscovery.Discover(files, config, diagnostics);
        var localeFiles = names.ToDictionary(name => name, files.Under);
        var references = new ReferenceResolver(names.ToHashSet(StringComparer.Ordinal), config.BasePath, config.ExternalPaths);
        // Nothing but the facts is read when neither search text, bodies nor their rendering is wanted (check).
        var factsOnly = !searchText && bodies == KeptBodies.None && parsed is null;
        var engine = new MarkdownEngine(references, plainTextWords: searchText ? int.MaxValue : 0, rawHtml: config.RawHtml, diagnostics: diagnostics, factsOnly: factsOnly);

        List<LocaleContent> locales;
        using (var folder = DocsetFolder.Open(root))
        {
            // The translation status page counts the words of every source body, rendered or not.
            var sourceBodies = config.Status && bodies == KeptBodies.Unrendered ? KeptBodies.All : bodies;
            locales = LoadLocales(files, folder, localeFiles, names, sourceName, engine, diagnostics, parsed, bodies, sourceBodies);
        }

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

    // One parallel loop over every topic of every locale (and the TOCs), so all cores stay busy across locale boundaries.
    private static List<LocaleContent> LoadLocales(FileInventory files, DocsetFolder folder, Dictionary<string, IReadOnlySet<string>> localeFiles, IReadOnlyList<string> names, string? sourceName, MarkdownEngine engine, DiagnosticBag diagnostics, TopicParsed? parsed, KeptBodies bodies, KeptBodies sourceBodies)
    {
        var tocs = new TocTree?[names.Count];
        var work = names.Select((name, index) => (Locale: name, Index: index, Path: (string?)null))
            .Concat(names.SelectMany(name => localeFiles[name].Where(TopicFiles.IsTopic).Select(path => (Locale: name, Index: -1, Path: (string?)path))))
            .ToList();
        var topics = names.ToDictionary(name => name, _ => new ConcurrentDictionary<string, Topic>(StringComparer.Ordinal), StringComparer.Ordinal);
        Parallel.ForEach(Partitioner.Create(work, EnumerablePartitionerOptions.NoBuffering), item =>
        {
            if (item.Path is null)
            {
                tocs[item.Index] = TocReader.Read(files, item.Locale, diagnostics);
            }
            else if (LoadTopic(files, item.Locale, item.Path, engine, diagnostics, parsed, item.Locale == sourceName ? sourceBodies : bodies, hashBody: item.Locale == sourceName, folder) is { } topic)
            {
                topics[item.Locale][item.Path] = topic;
            }
        });

        return names.Select((name, index) => new LocaleContent
        {
            Name = name,
            Toc = tocs[index] ?? TocTree.Empty(name + "/TOC.md"),
            Topics = new TopicsByPath(topics[name]),
            Files = localeFiles[name],
        }).ToList();
    }

    /// <param name="bodies">Whether the topic keeps its body; under <see cref="KeptBodies.Unrendered"/>, when <paramref name="parsed"/> did not render it.</param>
    /// <param name="hashBody">True for the source locale, whose body hashes translations are compared with (see <see cref="Topic.BodyHash"/>).</param>
    /// <param name="folder">The docset root a load holds open; null to open the topic by path.</param>
    internal static Topic? LoadTopic(FileInventory files, string locale, string path, MarkdownEngine engine, DiagnosticBag diagnostics, TopicParsed? parsed, KeptBodies bodies, bool hashBody, DocsetFolder? folder = null)
    {
        var file = locale + "/" + path;
        if (YamlPageReader.IsCandidate(path))
        {
            // Never rendered while loading: a YAML page keeps its body unless none is kept.
            return TextFiles.Read(files, file, diagnostics, Rules.TopicUnreadable, folder) is { } yaml ? YamlTopic.Load(engine, locale, path, yaml, diagnostics, bodies != KeptBodies.None, hashBody) : null;
        }

        // A load for check keeps only the front matter values it reads (the model holds every topic's).
        if (ReadMarkdown(files, folder, file, diagnostics, engine.FactsOnly ? FrontMatter.CheckedKeys : null) is not (var frontMatter, var body, var bodyFirstLine))
        {
            return null;
        }

        var markdown = engine.Parse(body, file, bodyFirstLine);
        // A check reads headings only for a title (Topic.Title), so a check's topic titled by its front matter keeps none.
        var facts = markdown.WithoutDocument(withHeadings: !engine.FactsOnly || frontMatter.Title is null);
        var bodyHash = hashBody ? ContentHash.Of(body) : null;
        Topic NewTopic(bool keepBody) => new()
        {
            Locale = locale,
            Path = path,
            FrontMatter = frontMatter,
            Markdown = facts,
            Body = keepBody ? body : null,
            BodyLength = body.Length,
            BodyFirstLine = bodyFirstLine,
            BodyHash = bodyHash,
        };

        var topic = NewTopic(keepBody: bodies == KeptBodies.All);
        var rendered = parsed?.Invoke(topic, markdown, engine) ?? false;
        return bodies == KeptBodies.Unrendered && !rendered ? NewTopic(keepBody: true) : topic;
    }

    // Only the body becomes a string: the front matter is read from the file's pooled buffer.
    private static FrontMatterReader.Result? ReadMarkdown(FileInventory files, DocsetFolder? folder, string file, DiagnosticBag diagnostics, IReadOnlySet<string>? keptValues)
    {
        using var text = TextFiles.ReadPooled(files, file, diagnostics, Rules.TopicUnreadable, folder);
        if (text is null)
        {
            return null;
        }

        var (frontMatter, bodyStart, bodyFirstLine) = FrontMatterReader.SplitOff(text.Chars, file, diagnostics, keptValues);
        return new FrontMatterReader.Result(frontMatter, text.Chars[bodyStart..].ToString(), bodyFirstLine);
    }
}
