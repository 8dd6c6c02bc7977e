using System.Text.RegularExpressions;
using PartnerDocs.Docsets;
using PartnerDocs.Translation.Status;
using static PartnerDocs.Tests.Translation.StatusDocsets;

namespace PartnerDocs.Tests.Translation;

/// <summary>Status on the project's content/ and on copies of the real corpora with translations removed, made stale and marked MT.</summary>
public class RealCorpusStatusTests
{
    [Fact]
    public void Content_is_fully_translated_and_current()
    {
        var report = Report(Path.Combine(TestPaths.RepoRoot, "content"));

        Assert.Equal(35, report.Topics.Count);
        Assert.Equal((35, 0, 0, 0), report.Counts("es-es"));
        Assert.Equal((35, 0, 0, 0), report.Counts("fr-fr"));
        Assert.All(report.Locales, l => Assert.Equal((0, 0), (l.WordsToTranslate, l.ExtraTopics.Count)));
        Assert.All(report.Topics, t => Assert.NotNull(t.SourceChanged));
    }

    [Fact]
    public void Content_copy_with_a_removed_and_a_stale_translation()
    {
        using var docset = TempDocset.CopyOf(Path.Combine(TestPaths.RepoRoot, "content"));
        File.Delete(docset.PathOf("es-es/billing.md"));
        docset.Replace("en-us/read-your-bill.md", "\n# ", "\nA new opening paragraph of eight words here.\n\n# ");

        var report = Report(docset);

        Assert.False(report.GitHistory);
        Assert.Equal((33, 0, 1, 1), report.Counts("es-es"));
        Assert.Equal((34, 0, 1, 0), report.Counts("fr-fr"));
        var billing = report.Topic("billing.md").Words;
        var bill = report.Topic("read-your-bill.md").Words;
        Assert.Equal(billing + bill, report.Locale("es-es").WordsToTranslate);
        Assert.Equal(StaleWordCount.WholeTopic, report.Topic("read-your-bill.md").Locales["fr-fr"].Counted);
        Assert.Equal((new DateOnly(2026, 11, 2), ChangeDateSource.MsDate), (report.Topic("billing.md").SourceChanged, report.Topic("billing.md").SourceChangedFrom));
    }

    [Fact]
    public void Vianet_corpus_counts_are_exact_after_removing_staling_and_marking_translations()
    {
        using var docset = TempDocset.RealCorpus();
        var before = Report(docset);
        Assert.Equal(35, before.Topics.Count);
        Assert.Equal((35, 0, 0, 0), before.Counts("fr-fr"));

        File.Delete(docset.PathOf("fr-fr/billing.md"));
        File.Delete(docset.PathOf("fr-fr/customer-support.md"));
        foreach (var topic in new[] { "index.md", "reset-a-user-password.md", "suspend-a-subscription.md" })
        {
            docset.Replace("fr-fr/" + topic, "ms.translationtype: HT", "ms.translationtype: MT");
        }

        docset.Write("fr-fr/seulement-en-francais.md", "# Seulement en français\n");
        Git(docset, "init", "-q");
        Commit(docset, "corpus", new DateTimeOffset(2026, 5, 1, 8, 0, 0, TimeSpan.Zero));
        Stamp(docset);
        // Stamp, then edit the source: one paragraph of seven words added, one of the existing ones untouched.
        docset.Replace("es-es/read-your-bill.md", "\n# ", "\nNuevo párrafo de prueba con siete palabras.\n\n# ");
        Commit(docset, "stamp and edit", new DateTimeOffset(2026, 6, 9, 8, 0, 0, TimeSpan.Zero));

        var report = Report(docset);

        Assert.Equal((29, 3, 1, 2), report.Counts("fr-fr"));
        Assert.Equal(["seulement-en-francais.md"], report.Locale("fr-fr").ExtraTopics);
        var stale = report.Topic("read-your-bill.md");
        Assert.Equal(new LocaleTopicStatus(TranslationState.Stale, false, 7, StaleWordCount.ChangedParagraphs), stale.Locales["fr-fr"]);
        Assert.Equal((new DateOnly(2026, 6, 9), ChangeDateSource.Git), (stale.SourceChanged, stale.SourceChangedFrom));
        var missingWords = report.Topic("billing.md").Words + report.Topic("customer-support.md").Words;
        Assert.True(missingWords > 100);
        Assert.Equal(missingWords + 7, report.Locale("fr-fr").WordsToTranslate);
    }

    [Fact]
    public void Full_corpus_counts_are_exact_after_removing_staling_and_marking_translations()
    {
        using var docset = TempDocset.CopyOf(Path.Combine(TestPaths.Shared, "corpus", "partner-center-full"));
        docset.Write("partnerdocs.yml", "sourceLocale: es-es\nlocales: [es-es, fr-fr]\n");
        var machine = MachineTranslated(docset);
        var before = Report(docset);
        // 317 Markdown topics plus 9 YAML pages (index.yml and the FAQs; the FAQs are machine-translated).
        Assert.Equal(326, before.Topics.Count);
        Assert.Equal(254, machine.Count);
        Assert.Equal((326 - 254, 254, 0, 0), before.Counts("fr-fr"));

        var human = before.Topics.Select(t => t.Path).Where(p => docset.Read("fr-fr/" + p).Contains("ms.translationtype: HT")).Order(StringComparer.Ordinal).ToList();
        var removed = machine.Order(StringComparer.Ordinal).Take(5).ToList();
        removed.ForEach(path => File.Delete(docset.PathOf("fr-fr/" + path)));
        human.Take(2).ToList().ForEach(path => docset.Replace("fr-fr/" + path, "ms.translationtype: HT", "ms.translationtype: MT"));
        Stamp(docset);
        var edited = human.Skip(2).Take(3).ToList();
        edited.ForEach(path => docset.Write("es-es/" + path, docset.Read("es-es/" + path) + "\nUn párrafo nuevo.\n"));

        var report = Report(docset);

        Assert.Equal((72 - 2 - 3, 254 - 5 + 2, 3, 5), report.Counts("fr-fr"));
        Assert.Equal(edited, report.Topics.Where(t => t.Locales["fr-fr"].State == TranslationState.Stale).Select(t => t.Path));
        var expectedWords = removed.Sum(p => report.Topic(p).Words) + edited.Sum(p => report.Topic(p).Words);
        Assert.Equal(expectedWords, report.Locale("fr-fr").WordsToTranslate);
        Assert.Equal(3, report.Locale("fr-fr").StaleCountedWhole);
    }

    // The oracle: ms.translationtype: MT lines in the fr-fr files, read as text.
    private static HashSet<string> MachineTranslated(TempDocset docset)
    {
        var folder = docset.PathOf("fr-fr");
        return Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
            .Where(f => Regex.IsMatch(File.ReadAllText(f), @"^\s*ms\.translationtype:\s*MT\s*$", RegexOptions.Multiline))
            .Select(f => Path.GetRelativePath(folder, f).Replace('\\', '/'))
            .Where(TopicFiles.IsTopic)
            .ToHashSet(StringComparer.Ordinal);
    }
}
