using System.Text.RegularExpressions;
using PartnerDocs.Diagnostics;
using PartnerDocs.Docsets;
using PartnerDocs.Translation.Status;
using PartnerDocs.Validation;
using static PartnerDocs.Tests.Translation.StatusDocsets;

namespace PartnerDocs.Tests.Translation;

public class TranslationStatusTests
{
    [Fact]
    public void Stamped_translations_are_current()
    {
        using var docset = ThreeTopics();

        var report = Report(docset);

        Assert.Equal(("en-us", false), (report.SourceLocale, report.GitHistory));
        Assert.Equal(["es-es", "fr-fr"], report.Locales.Select(l => l.Locale));
        Assert.Equal((3, 0, 0, 0), report.Counts("es-es"));
        Assert.Equal(100, report.Locale("es-es").Share(TranslationState.Current));
        Assert.Equal(0, report.Locale("fr-fr").WordsToTranslate);
    }

    [Fact]
    public void Missing_stale_machine_translated_and_extra_topics_are_counted_with_their_words()
    {
        using var docset = ThreeTopics();
        File.Delete(docset.PathOf("es-es/accounts.md"));                                    // missing: 7 words
        docset.Replace("en-us/billing.md", "every charge.", "every charge and credit.");     // stale everywhere
        docset.Replace("fr-fr/index.md", "title: Home", "title: Home\nms.translationtype: MT");
        docset.Write("es-es/only-here.md", "# Solo aquí\n");

        var report = Report(docset);

        Assert.Equal((1, 0, 1, 1), report.Counts("es-es"));
        Assert.Equal((1, 1, 1, 0), report.Counts("fr-fr"));
        Assert.Equal(["only-here.md"], report.Locale("es-es").ExtraTopics);
        Assert.Empty(report.Locale("fr-fr").ExtraTopics);
        // No git history: the stale topic counts whole (16 words now), and the report says so.
        var billing = report.Topic("billing.md");
        Assert.Equal(16, billing.Words);
        Assert.Equal(new LocaleTopicStatus(TranslationState.Stale, false, 16, StaleWordCount.WholeTopic), billing.Locales["es-es"]);
        Assert.Equal(7 + 16, report.Locale("es-es").WordsToTranslate);
        Assert.Equal(16, report.Locale("fr-fr").WordsToTranslate);
        Assert.Equal(1, report.Locale("es-es").StaleCountedWhole);
        Assert.Equal(100.0 / 3, report.Locale("es-es").Share(TranslationState.Current), 6);
        // Since when: the source's ms.date, named as such.
        Assert.Equal((new DateOnly(2026, 2, 1), ChangeDateSource.MsDate), (billing.SourceChanged, billing.SourceChangedFrom));
        Assert.Equal((null, null), (report.Topic("accounts.md").SourceChanged, report.Topic("accounts.md").SourceChangedFrom));
    }

    [Fact]
    public void A_stale_machine_translation_is_stale_and_keeps_its_machine_mark()
    {
        using var docset = ThreeTopics();
        docset.Replace("es-es/billing.md", "title: Billing", "title: Billing\nms.translationtype: MT");
        docset.Replace("en-us/billing.md", "Pay your", "Please pay your");

        var state = Report(docset).Topic("billing.md").Locales["es-es"];

        Assert.Equal((TranslationState.Stale, true), (state.State, state.MachineTranslated));
    }

    [Fact]
    public void Status_agrees_with_checks_parity_stale_including_OPS_hashes()
    {
        using var docset = ThreeTopics();
        docset.Replace("en-us/billing.md", "Pay your", "Please pay your");
        // An OPS pair without source-hash: different ms.openlocfilehash values mean different source versions.
        docset.Write("en-us/accounts.md", "---\ntitle: Accounts\nms.openlocfilehash: aaa\n---\n# Accounts\n");
        docset.Write("es-es/accounts.md", "---\ntitle: Cuentas\nms.openlocfilehash: aaa\n---\n# Cuentas\n");
        docset.Write("fr-fr/accounts.md", "---\ntitle: Comptes\nms.openlocfilehash: bbb\n---\n# Comptes\n");

        var report = Report(docset);
        var stale = Checker.Run(DocsetLoader.Load(docset.Root)).Diagnostics.Where(d => d.Rule == Rules.ParityStale).Select(d => d.Location?.File).Order();

        var expected = report.Topics.SelectMany(t => t.Locales.Where(l => l.Value.State == TranslationState.Stale).Select(l => $"{l.Key}/{t.Path}")).Order();
        Assert.Equal(["es-es/billing.md", "fr-fr/accounts.md", "fr-fr/billing.md"], expected);
        Assert.Equal(expected, stale);
    }

    [Fact]
    public void In_git_only_the_changed_paragraphs_count_and_the_date_is_the_last_commit()
    {
        using var docset = ThreeTopics();
        Git(docset, "init", "-q");
        Commit(docset, "translated", new DateTimeOffset(2026, 3, 1, 10, 0, 0, TimeSpan.Zero));
        docset.Replace("en-us/billing.md", "The bill lists every charge.", "The bill lists every charge and credit.\n\nContact us.");
        Commit(docset, "source edit", new DateTimeOffset(2026, 4, 2, 23, 30, 0, TimeSpan.Zero));

        var report = Report(docset);

        var billing = report.Topic("billing.md");
        Assert.True(report.GitHistory);
        // "The bill lists every charge and credit." (7) + "Contact us." (2); the other paragraphs are unchanged.
        Assert.Equal(new LocaleTopicStatus(TranslationState.Stale, false, 9, StaleWordCount.ChangedParagraphs), billing.Locales["es-es"]);
        Assert.Equal((new DateOnly(2026, 4, 2), ChangeDateSource.Git), (billing.SourceChanged, billing.SourceChangedFrom));
        Assert.Equal((new DateOnly(2026, 3, 1), ChangeDateSource.Git), (report.Topic("index.md").SourceChanged, report.Topic("index.md").SourceChangedFrom));
        Assert.Equal(0, report.Locale("es-es").StaleCountedWhole);

        // An uncommitted edit on top: compared with the version the translation was made from, the date is the file's.
        docset.Replace("en-us/billing.md", "Pay your invoice every month.", "Pay your invoice every month by transfer.");
        var edited = Report(docset).Topic("billing.md");
        Assert.Equal(9 + 7, edited.Locales["fr-fr"].WordsToTranslate);
        Assert.Equal((DateOnly.FromDateTime(File.GetLastWriteTimeUtc(docset.PathOf("en-us/billing.md"))), ChangeDateSource.WorkingTree), (edited.SourceChanged, edited.SourceChangedFrom));
    }

    [Fact]
    public void In_git_a_source_version_no_commit_has_counts_the_whole_topic()
    {
        using var docset = ThreeTopics();
        var stamped = docset.Read("es-es/billing.md");
        docset.Write("es-es/billing.md", Regex.Replace(stamped, "source-hash: [0-9a-f]+", "source-hash: 0123456789abcdef"));
        Git(docset, "init", "-q");
        Commit(docset, "all", new DateTimeOffset(2026, 3, 1, 10, 0, 0, TimeSpan.Zero));

        var state = Report(docset).Topic("billing.md").Locales["es-es"];

        Assert.Equal(new LocaleTopicStatus(TranslationState.Stale, false, 14, StaleWordCount.WholeTopic), state);
    }

    [Fact]
    public void OPS_translations_in_git_find_their_source_version_by_ms_openlocfilehash()
    {
        using var docset = TempDocset.Create(
            ("partnerdocs.yml", "sourceLocale: es-es\n"),
            ("es-es/TOC.md", "# [Uno](uno.md)\n"),
            ("fr-fr/TOC.md", "# [Un](uno.md)\n"),
            ("es-es/uno.md", "---\nms.openlocfilehash: v1\n---\n# Uno\n\nPrimer párrafo.\n"),
            ("fr-fr/uno.md", "---\nms.openlocfilehash: v1\nms.translationtype: HT\n---\n# Un\n\nPremier paragraphe.\n"));
        Git(docset, "init", "-q");
        Commit(docset, "v1", new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero));
        docset.Write("es-es/uno.md", "---\nms.openlocfilehash: v2\n---\n# Uno\n\nPrimer párrafo.\n\nSegundo párrafo, nuevo y más largo.\n");
        Commit(docset, "v2", new DateTimeOffset(2026, 2, 1, 0, 0, 0, TimeSpan.Zero));

        var state = Report(docset).Topic("uno.md").Locales["fr-fr"];

        Assert.Equal(new LocaleTopicStatus(TranslationState.Stale, false, 6, StaleWordCount.ChangedParagraphs), state);
    }

    [Fact]
    public void Omitted_topics_are_missing_too()
    {
        using var docset = ThreeTopics("fallback: omit\n");
        File.Delete(docset.PathOf("fr-fr/billing.md"));

        var report = Report(docset);

        Assert.Equal(FallbackPolicy.Omit, report.Fallback);
        Assert.Equal((2, 0, 0, 1), report.Counts("fr-fr"));
        Assert.Equal(14, report.Locale("fr-fr").WordsToTranslate);
    }
}
