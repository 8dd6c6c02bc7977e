using PartnerDocs.Search;

namespace PartnerDocs.Site;

/// <summary>
/// Writes each locale's split lunr index (OUT/LOCALE/search/: manifest, term shards, result chunks; README "Search index
/// format"). Only a locale's own translations are indexed: a fallback page shows source-language text, which the locale's
/// stemmer would index wrongly, so it is left out. Fields: title (boost 10), headings (boost 3), description and the
/// full body text (no word budget: the browser loads only the shards a query needs).
/// </summary>
public sealed class SearchIndexWriter(SitePlan plan, IReadOnlyDictionary<string, LocaleSite> locales)
{
    public const int SummaryWords = 30;

    /// <summary>The folder under each locale that holds its split index.</summary>
    public const string Folder = "search";

    private static readonly LunrField[] Fields = [new("title", 30), new("headings", 2), new("description", 1), new("body")];

    /// <summary>
    /// Indexes every locale in parallel; returns the number of pages indexed and the CPU time the indexing threads spent
    /// (null where threads cannot be timed), which holds even while other work runs beside it.
    /// </summary>
    public (int Pages, TimeSpan? CpuTime) Write(string root)
    {
        var counts = new int[locales.Count];
        var cpuTimes = new TimeSpan?[locales.Count];
        Parallel.ForEach(locales.Values.Select((site, i) => (site, i)), item =>
        {
            var start = ThreadCpuTime.Now();
            counts[item.i] = WriteLocale(Path.Combine(root, item.site.Locale.Name, Folder), item.site);
            cpuTimes[item.i] = ThreadCpuTime.Now() - start;
        });
        return (counts.Sum(), cpuTimes.All(t => t is not null) ? cpuTimes.Aggregate(TimeSpan.Zero, (sum, t) => sum + t!.Value) : null);
    }

    /// <summary>Writes one locale's index into <paramref name="folder"/> (replacing it); returns the number of pages indexed.</summary>
    public int WriteLocale(string folder, LocaleSite site)
    {
        var builder = new LunrIndexBuilder(LanguageProfile.ForLocale(site.Locale.Name), Fields);
        var docs = new List<SearchDoc>();
        foreach (var page in plan.PagesOf(site.Locale).Where(p => !p.IsFallback).OrderBy(p => p.Path, StringComparer.Ordinal))
        {
            var topic = page.Topic;
            var description = topic.FrontMatter.Description;
            var text = topic.Markdown.PlainText;
            var reference = ShortRefs.Of(docs.Count);
            builder.Add(reference, new Dictionary<string, string?>
            {
                ["title"] = topic.Title,
                ["headings"] = string.Join('\n', topic.Markdown.Headings.Where(h => h.Level > 1).Select(h => h.Text)),
                ["description"] = description,
                ["body"] = text,
            });
            var summary = description ?? BodyStart(text, topic.Title);
            docs.Add(new SearchDoc(reference, topic.Title, page.OutputPath, summary, Section(site, page.Path)));
        }

        if (Directory.Exists(folder))
            Directory.Delete(folder, recursive: true);
        builder.WriteSplit(folder, docs);
        return docs.Count;
    }

    // The first words of the body, without the leading H1 that repeats the title.
    private static string BodyStart(string plainText, string title)
    {
        var text = plainText.StartsWith(title + "\n", StringComparison.Ordinal) ? plainText[(title.Length + 1)..] : plainText;
        var words = Markdown.BoundedText.FirstWords(text.ReplaceLineEndings(" "), SummaryWords, out var count);
        return count == SummaryWords && words.Length < text.Length ? words + " …" : words;
    }

    /// <summary>The title of the top-level TOC entry the page is under (below a single root entry, which is the home page).</summary>
    private static string Section(LocaleSite site, string path)
    {
        if (site.TocIndex.Find(path) is not { } node)
        {
            return "";
        }

        var chain = site.TocIndex.Ancestors(node).Append(node);
        return chain.Skip(site.Locale.Toc.Roots.Count == 1 ? 1 : 0).FirstOrDefault()?.Title ?? "";
    }
}
