using System.Text;
using PartnerDocs.Search;
using PartnerDocs.Topics;

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

    // A locale's pages are cut into runs, built on parallel builders and appended in order, so every core has work to the
    // end of the phase instead of one finishing the last locale alone. Each builder lowercases and stems again the tokens
    // it meets first, so runs stay few (twice as many as cores over all locales) and long.
    private const int MinPagesPerPart = 1000;

    /// <summary>
    /// Indexes every locale in parallel; returns the number of pages indexed and the CPU time the indexing threads spent
    /// (null where threads cannot be timed), which holds even while other work runs beside it.
    /// </summary>
    public (int Pages, TimeSpan? CpuTime) Write(string root)
    {
        var cpu = new CpuTally();
        var counts = Task.WhenAll(locales.Values.Select(site => IndexLocale(Path.Combine(root, site.Locale.Name, Folder), site, locales.Count, cpu)))
            .GetAwaiter().GetResult();
        return (counts.Sum(), cpu.Total);
    }

    /// <summary>Writes one locale's index into <paramref name="folder"/> (replacing it); returns the number of pages indexed.</summary>
    public int WriteLocale(string folder, LocaleSite site) => IndexLocale(folder, site, localesIndexed: 1, new CpuTally()).GetAwaiter().GetResult();

    private async Task<int> IndexLocale(string folder, LocaleSite site, int localesIndexed, CpuTally cpu)
    {
        var pages = plan.PagesOf(site.Locale).Where(p => !p.IsFallback).OrderBy(p => p.Path, StringComparer.Ordinal).ToList();
        var partCount = Math.Max(1, Math.Min(pages.Count / MinPagesPerPart, (2 * Environment.ProcessorCount + localesIndexed - 1) / localesIndexed));
        var parts = await Task.WhenAll(Enumerable.Range(0, partCount)
            .Select(part => Task.Run(() => cpu.Time(() => BuildPart(site, pages, pages.Count * part / partCount, pages.Count * (part + 1) / partCount)))))
            .ConfigureAwait(false);
        return await Task.Run(() => cpu.Time(() =>
        {
            var builder = parts[0];
            foreach (var part in parts.Skip(1))
                builder.Append(part);
            var docs = pages.Select((page, i) => ResultOf(site, page, ShortRefs.Of(i))).ToList();
            if (Directory.Exists(folder))
                Directory.Delete(folder, recursive: true);
            builder.WriteSplit(folder, docs);
            return docs.Count;
        })).ConfigureAwait(false);
    }

    // Indexes pages [start, end), each under the ref of its place among all the locale's pages.
    private static LunrIndexBuilder BuildPart(LocaleSite site, List<PagePlan> pages, int start, int end)
    {
        var builder = new LunrIndexBuilder(LanguageProfile.ForLocale(site.Locale.Name), Fields);
        var fields = new Dictionary<string, string?>(Fields.Length); // filled again for each page: the builder reads it only while adding
        var headings = new StringBuilder();
        for (var i = start; i < end; i++)
        {
            var topic = pages[i].Topic;
            fields["title"] = topic.Title;
            fields["headings"] = Headings(topic, headings.Clear());
            fields["description"] = topic.FrontMatter.Description;
            fields["body"] = topic.Markdown.PlainText;
            builder.Add(ShortRefs.Of(i), fields);
        }
        return builder;
    }

    // The texts of the topic's headings below the title, one per line.
    private static string Headings(Topic topic, StringBuilder text)
    {
        var headings = topic.Markdown.Headings;
        var first = true;
        for (var i = 0; i < headings.Count; i++)
        {
            if (headings[i].Level > 1)
            {
                if (!first)
                    text.Append('\n');
                text.Append(headings[i].Text);
                first = false;
            }
        }
        return text.ToString();
    }

    private static SearchDoc ResultOf(LocaleSite site, PagePlan page, string reference)
    {
        var topic = page.Topic;
        var summary = topic.FrontMatter.Description ?? BodyStart(topic.Markdown.PlainText, topic.Title);
        return new SearchDoc(reference, topic.Title, page.OutputPath, summary, Section(site, page.Path));
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
