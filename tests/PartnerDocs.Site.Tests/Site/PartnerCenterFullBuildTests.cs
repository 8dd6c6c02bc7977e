using AngleSharp.Dom;

namespace PartnerDocs.Tests.Site;

/// <summary>The whole Partner Center docset (partner-center-full) built once for the tests of this class.</summary>
public sealed class PartnerCenterFullSiteFixture : IDisposable
{
    public PartnerCenterFullSiteFixture()
    {
        Corpus = TempDocset.PartnerCenterFull();
        Result = Cli.CliRunner.Run("build", Corpus.Root, "-o", Corpus.OutputPath);
        Site = new BuiltSite(Corpus.OutputPath);
    }

    public TempDocset Corpus { get; }

    public Cli.CliRunner.Result Result { get; }

    public BuiltSite Site { get; }

    public void Dispose() => Corpus.Dispose();
}

/// <summary>What a reader gets from the real docset: a home page, navigation with the announcements, FAQ pages, breadcrumbs, working links, the switcher.</summary>
public sealed class PartnerCenterFullBuildTests(PartnerCenterFullSiteFixture fixture) : IClassFixture<PartnerCenterFullSiteFixture>
{
    private BuiltSite Site => fixture.Site;

    [Fact]
    public void The_build_reports_the_broken_links_and_every_topic_and_yaml_page_has_a_page()
    {
        // The docset has real broken links (see PartnerCenterFullTests): the build reports them (exit 1) and writes the site.
        Assert.True(fixture.Result.ExitCode == 1, fixture.Result.Stderr);
        foreach (var locale in new[] { "es-es", "fr-fr" })
        {
            var folder = fixture.Corpus.PathOf(locale);
            var sources = Directory.EnumerateFiles(folder, "*.*", SearchOption.AllDirectories)
                .Select(f => Path.GetRelativePath(folder, f).Replace('\\', '/'))
                .Where(f => (f.EndsWith(".md", StringComparison.Ordinal) || f.EndsWith(".yml", StringComparison.Ordinal)) && !Path.GetFileName(f).Equals("toc.yml", StringComparison.OrdinalIgnoreCase)
                    && !Path.GetFileName(f).Equals("toc.md", StringComparison.OrdinalIgnoreCase))
                .ToList();
            Assert.Equal(326, sources.Count);
            Assert.All(sources, f => Assert.True(Site.Exists($"{locale}/{Path.ChangeExtension(f, ".html")}"), $"{locale}/{f} has no page"));
        }
    }

    [Fact]
    public void The_home_page_is_the_landing_page_with_its_cards_and_links()
    {
        var home = Site.Page("es-es/index.html");

        Assert.Equal("Documentación del Centro de partners", home.QuerySelector("article h1")!.TextContent);
        Assert.Contains("Introducción al Centro de partners", home.QuerySelectorAll("article h2").Select(h => h.TextContent));
        Assert.Contains(home.QuerySelectorAll("article a"), a => a.GetAttribute("href") == "overview.html" && a.TextContent == "¿Qué es el Centro de partners?");
    }

    [Fact]
    public void A_faq_page_shows_its_questions_as_headings_with_ids_and_has_breadcrumbs()
    {
        var faq = Site.Page("es-es/payout-faq.html");

        var question = Assert.Single(faq.QuerySelectorAll("article h3"), h => h.TextContent == "¿Por qué faltan mis ganancias?");
        Assert.Equal("por-qué-faltan-mis-ganancias", question.Id);
        Assert.NotNull(faq.QuerySelector("nav.breadcrumbs a[href='index.html']"));
    }

    [Fact]
    public void The_navigation_holds_the_toc_with_the_nested_announcements_and_the_faq_pages()
    {
        var nav = Site.Navigation("es-es");
        var links = nav.QuerySelectorAll("a").Select(a => (a.TextContent, a.GetAttribute("href"))).ToList();

        Assert.Contains(("Mayo de 2021", "announcements/2021-may.html"), links);
        Assert.Contains(("Anuncios del Centro de partners", "announcements/index.html"), links);
        Assert.Contains(links, l => l.Item2 == "payout-faq.html");
        Assert.Contains(links, l => l.Item2 == "index.html");
    }

    [Fact]
    public void An_announcement_has_breadcrumbs_through_the_nested_toc_and_a_switcher_to_french()
    {
        var page = Site.Page("es-es/announcements/2021-may.html");

        Assert.Contains("Anuncios", page.QuerySelector("nav.breadcrumbs")!.TextContent);
        var french = page.QuerySelector("nav.language-switcher a[data-locale='fr-fr']")!;
        Assert.Equal("../../fr-fr/announcements/2021-may.html", french.GetAttribute("href"));
        Assert.True(Site.Exists("fr-fr/announcements/2021-may.html"));
        Assert.NotNull(Site.Page("fr-fr/announcements/2021-may.html").QuerySelector("nav.language-switcher a[data-locale='es-es']"));
    }

    [Fact]
    public void Links_between_pages_work_except_the_ones_check_reports()
    {
        // Targets check reports as missing (the DocFX-confirmed findings), as they appear in the built pages.
        string[] knownBroken = ["pci-download-reports.html", "pci-training-dashboard.html", "pci-roles.html", "pci-resellers-performance.html",
            "pci-customer-opportunities.html", "mpa-indirect-provider-faq.html", "2020-October.html", "Agreements.html", "CSP-commercial-marketplace-overview.html",
            "prepare-pmc-pc-migration.html", "pci-competencies-report.html", "move-pmc-pc-map.html", "partner-membership-center-tech-benefits-activate.html",
            "guide-to-migration.html", "pci-overview-report.html"];
        var broken = new List<string>();
        foreach (var page in Directory.EnumerateFiles(Path.Combine(Site.Root, "es-es"), "*.html", SearchOption.AllDirectories))
        {
            var relative = Path.GetRelativePath(Site.Root, page).Replace('\\', '/');
            foreach (var href in Site.Page(relative).QuerySelectorAll("article a[href]").Select(a => a.GetAttribute("href")!))
            {
                var path = href.Split('#', '?')[0];
                if (path.Length == 0 || path.Contains(':') || path.StartsWith('/') || !path.EndsWith(".html", StringComparison.Ordinal))
                {
                    continue;
                }

                if (!File.Exists(Path.GetFullPath(Path.Combine(Path.GetDirectoryName(page)!, path))) && !knownBroken.Contains(Path.GetFileName(path)))
                {
                    broken.Add($"{relative}: {href}");
                }
            }
        }

        Assert.Empty(broken);
    }
}
