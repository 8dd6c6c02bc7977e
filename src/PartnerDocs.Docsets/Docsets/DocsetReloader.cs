using System.Collections.Immutable;
using PartnerDocs.Diagnostics;
using PartnerDocs.Files;
using PartnerDocs.Markdown;
using PartnerDocs.Toc;
using PartnerDocs.Topics;

namespace PartnerDocs.Docsets;

/// <summary>
/// serve's model update for one changed file: a new <see cref="Docset"/> that shares every unchanged part of the previous
/// one (the model stays immutable). Handles a topic edited, created or deleted, and an edited TOC file; anything else
/// (config, includes, media, TOC files created or deleted, a topic that includes a file not loaded yet) returns null:
/// load the docset again.
/// </summary>
public static class DocsetReloader
{
    /// <summary>What changed in the model, so the site re-renders only what depends on it; <paramref name="TopicPath"/> is null for a TOC edit.</summary>
    public sealed record Change(Docset Docset, string Locale, string? TopicPath);

    /// <param name="docsetPath">The changed file, docset-relative with '/' ("es-es/billing.md").</param>
    public static Change? Reload(Docset docset, string docsetPath)
    {
        var slash = docsetPath.IndexOf('/');
        if (slash < 0 || docset.Locale(docsetPath[..slash]) is not { } locale || docset.Includes.ContainsKey(docsetPath))
        {
            return null;
        }

        var path = docsetPath[(slash + 1)..];
        var known = docset.Files.Contains(docsetPath);
        var exists = File.Exists(Path.Combine(docset.Root, docsetPath));
        if (TocFiles.IsTocFileName(path[(path.LastIndexOf('/') + 1)..]))
        {
            return known && exists ? ReloadToc(docset, locale) : null;
        }

        if (!TopicFiles.IsTopic(path) || (!known && !exists))
        {
            return null;
        }

        var files = (known, exists) switch
        {
            (true, true) => docset.Files,
            (false, true) => docset.Files.WithCreated(docsetPath),
            _ => docset.Files.WithDeleted(docsetPath),
        };
        return files is null ? null : ReloadTopic(docset, locale, path, files, exists);
    }

    private static Change ReloadToc(Docset docset, LocaleContent locale)
    {
        var diagnostics = Without(docset.Diagnostics, file => file.StartsWith(locale.Name + "/", StringComparison.Ordinal) && TocFiles.IsTocFileName(Path.GetFileName(file)));
        var toc = TocReader.Read(docset.Files, locale.Name, diagnostics) ?? TocTree.Empty(locale.Name + "/TOC.md");
        var changed = new LocaleContent { Name = locale.Name, Toc = toc, Topics = locale.Topics, Files = locale.Files };
        return new Change(Replace(docset, changed, docset.Files, diagnostics), locale.Name, null);
    }

    private static Change? ReloadTopic(Docset docset, LocaleContent locale, string path, FileInventory files, bool exists)
    {
        var file = locale.Name + "/" + path;
        var diagnostics = Without(docset.Diagnostics, f => f == file);
        var topic = exists ? DocsetLoader.LoadTopic(files, locale.Name, path, new MarkdownEngine(docset.References, rawHtml: docset.Config.RawHtml, diagnostics: diagnostics), diagnostics, parsed: null, bodies: KeptBodies.All, hashBody: locale.Name == docset.Source?.Name) : null;
        if (topic is not null)
        {
            if (IncludeLoader.Targets(topic.Markdown).Any(target => !docset.Includes.ContainsKey(target) && files.Contains(target)))
            {
                return null; // a newly included file: loading it (and what it includes) is the loader's job
            }

            var graph = new IncludeGraph(docset.Includes);
            graph.ReportCycles(topic.Markdown, diagnostics);
            graph.ReportOversize(topic, diagnostics);
        }

        var topics = locale.Topics as ImmutableSortedDictionary<string, Topic> ?? ImmutableSortedDictionary.CreateRange(StringComparer.Ordinal, locale.Topics);
        var changed = new LocaleContent
        {
            Name = locale.Name,
            Toc = locale.Toc,
            Topics = topic is null ? topics.Remove(path) : topics.SetItem(path, topic),
            Files = files == docset.Files ? locale.Files : files.Under(locale.Name),
        };
        return new Change(Replace(docset, changed, files, diagnostics), locale.Name, path);
    }

    private static DiagnosticBag Without(DiagnosticBag previous, Func<string, bool> ofFile)
    {
        var bag = new DiagnosticBag();
        foreach (var diagnostic in previous.ToSortedList().Where(d => d.Location is not { } location || !ofFile(location.File)))
        {
            bag.Add(diagnostic);
        }

        return bag;
    }

    private static Docset Replace(Docset docset, LocaleContent changed, FileInventory files, DiagnosticBag diagnostics)
    {
        var locales = docset.Locales.Select(l => l.Name == changed.Name ? changed : l).ToList();
        return new Docset
        {
            Root = docset.Root,
            Config = docset.Config,
            Locales = locales,
            Source = docset.Source is null ? null : locales.First(l => l.Name == docset.Source.Name),
            Files = files,
            Includes = docset.Includes,
            References = docset.References,
            Diagnostics = diagnostics,
        };
    }
}
