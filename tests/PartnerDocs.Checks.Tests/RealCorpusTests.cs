using PartnerDocs.Diagnostics;
using PartnerDocs.Docsets;
using PartnerDocs.Markdown;
using PartnerDocs.Validation;
using static PartnerDocs.Tests.CheckHarness;

namespace PartnerDocs.Tests.Validation;

public class RealCorpusTests
{
    [Fact]
    public void The_real_corpus_has_no_errors_and_flags_the_links_in_raw_html_tables()
    {
        using var corpus = TempDocset.RealCorpus();

        var report = Check(corpus);

        Assert.DoesNotContain(report.Diagnostics, d => d.Severity == Severity.Error);
        Assert.Contains(report.Diagnostics, d => d.Rule == Rules.LinkInRawHtml && d.Location?.File == "es-es/use-the-reconciliation-files.md");
    }

    [Fact]
    public void The_project_content_has_no_errors()
    {
        var report = Checker.Run(DocsetLoader.Load(Path.Combine(TestPaths.RepoRoot, "content")));

        Assert.DoesNotContain(report.Diagnostics, d => d.Severity == Severity.Error);
    }

    [Fact]
    public void With_every_file_renamed_China_prefixed_every_toc_entry_and_link_is_reported_with_the_China_file()
    {
        using var corpus = TempDocset.RealCorpus();
        foreach (var locale in new[] { "es-es", "fr-fr" })
        {
            foreach (var file in Directory.EnumerateFiles(corpus.PathOf(locale), "*.md").Where(f => Path.GetFileName(f) != "TOC.md"))
            {
                File.Move(file, Path.Combine(Path.GetDirectoryName(file)!, "China-" + Path.GetFileName(file)));
            }
        }

        var docset = DocsetLoader.Load(corpus.Root);
        var report = Checker.Run(docset);

        var expectedToc = docset.Locales.Sum(l => l.Toc.All().Count(n => n.Href is not null));
        var expectedLinks = docset.Locales.SelectMany(l => l.Topics.Values)
            .Sum(t => t.Markdown.Links.Count(l => !l.IsExternal && l.Path.EndsWith(".md", StringComparison.Ordinal)));
        var toc = report.Diagnostics.Where(d => d.Rule == Rules.TocTargetMissing).ToList();
        var links = report.Diagnostics.Where(d => d.Rule == Rules.LinkTargetMissing).ToList();
        Assert.Equal(expectedToc, toc.Count);
        Assert.Equal(expectedLinks, links.Count);
        Assert.True(links.Count > 20);
        Assert.All(toc.Concat(links), d => Assert.Equal("China-" + PartnerDocs.Paths.UrlParts.PathOf(d.Target!), d.Suggestion));
    }
}
