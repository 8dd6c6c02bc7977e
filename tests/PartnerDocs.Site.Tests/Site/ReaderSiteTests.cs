using AngleSharp.Dom;

namespace PartnerDocs.Tests.Site;

/// <summary>The HTML a reader and a crawler get: head, hreflang honesty, fallbacks, site-wide pages and escaping.</summary>
public class ReaderSiteTests
{
    private static BuiltSite Build(TempDocset docset, int exitCode = 0)
    {
        var result = Cli.CliRunner.Run("build", docset.Root, "-o", docset.OutputPath);
        Assert.True(result.ExitCode == exitCode, result.Stderr);
        return new BuiltSite(docset.OutputPath);
    }

    [Fact]
    public void A_page_head_has_lang_title_description_canonical_and_open_graph()
    {
        using var docset = ReaderDocset.Create();
        var page = Build(docset).Page("fr-fr/index.html");

        Assert.Equal("fr-FR", page.DocumentElement.GetAttribute("lang"));
        Assert.Equal("Début | Documentation", page.Title);
        Assert.Equal("Documentation", Meta(page, "property", "og:site_name"));
        Assert.Equal("Par où commencer", Meta(page, "name", "description"));
        Assert.Equal("https://example.test/docs/fr-fr/index.html", page.QuerySelector("link[rel=canonical]")?.GetAttribute("href"));
        Assert.Equal("Début", Meta(page, "property", "og:title"));
        Assert.Equal("fr_FR", Meta(page, "property", "og:locale"));
        Assert.Equal("en_US", Meta(page, "property", "og:locale:alternate"));
        Assert.Equal("https://example.test/docs/fr-fr/index.html", Meta(page, "property", "og:url"));
    }

    [Fact]
    public void Hreflang_lists_only_real_translations_plus_x_default()
    {
        using var docset = ReaderDocset.Create();
        var site = Build(docset);

        Assert.Equal(["en-US", "fr-FR", "x-default"], HrefLangs(site.Page("en-us/setup.html")));
        Assert.Equal(["en-US", "x-default"], HrefLangs(site.Page("en-us/only-en.html")));
        Assert.Equal(["en-US", "x-default"], HrefLangs(site.Page("fr-fr/only-en.html")));
    }

    [Fact]
    public void A_topic_the_source_lacks_gets_no_x_default()
    {
        using var docset = ReaderDocset.Create();
        docset.Write("fr-fr/only-fr.md", "---\ntitle: Seulement en français\n---\n# Seulement en français\n");

        Assert.Equal(["fr-FR"], HrefLangs(Build(docset).Page("fr-fr/only-fr.html")));
    }

    [Fact]
    public void A_fallback_page_keeps_the_locale_chrome_says_so_in_that_language_and_marks_the_content_as_source_language()
    {
        using var docset = ReaderDocset.Create();
        var page = Build(docset).Page("fr-fr/only-en.html");

        Assert.Equal("fr-FR", page.DocumentElement.GetAttribute("lang"));
        var notice = page.QuerySelector(".notice-fallback")!;
        Assert.Contains("n’est pas encore disponible", notice.TextContent);
        Assert.Equal("../en-us/only-en.html", notice.QuerySelector("a")!.GetAttribute("href"));
        Assert.Equal("en-US", page.QuerySelector("article")!.GetAttribute("lang"));
        Assert.Equal("https://example.test/docs/en-us/only-en.html", page.QuerySelector("link[rel=canonical]")!.GetAttribute("href"));
        Assert.Equal("Aller au contenu principal", page.QuerySelector(".skip-link")!.TextContent);
    }

    [Fact]
    public void A_translation_made_from_an_older_source_says_so_and_links_the_source()
    {
        using var docset = ReaderDocset.Create();
        docset.Write("fr-fr/setup.md", "---\ntitle: Installation\nsource-hash: 0000\n---\n# Installation\n\n## Première étape {#step-one}\n");
        var site = Build(docset);

        var notice = site.Page("fr-fr/setup.html").QuerySelector(".notice-stale")!;
        Assert.Contains("n’est peut-être plus à jour", notice.TextContent);
        Assert.Equal("../en-us/setup.html", notice.QuerySelector("a")!.GetAttribute("href"));
        Assert.Null(site.Page("fr-fr/index.html").QuerySelector(".notice-stale"));
        Assert.Null(site.Page("en-us/setup.html").QuerySelector(".notice-stale"));
    }

    [Fact]
    public void The_language_switcher_links_the_same_topic_and_marks_locales_without_a_translation()
    {
        using var docset = ReaderDocset.Create();
        var page = Build(docset).Page("en-us/only-en.html");

        var links = page.QuerySelectorAll(".language-switcher a").ToList();
        Assert.Equal(["../en-us/only-en.html", "../fr-fr/only-en.html"], links.Select(a => a.GetAttribute("href")));
        Assert.Equal("page", links[0].GetAttribute("aria-current"));
        Assert.False(links[0].ClassList.Contains("untranslated"));
        Assert.True(links[1].ClassList.Contains("untranslated"));
        Assert.Contains("(not translated)", links[1].TextContent);
        Assert.Null(links[1].GetAttribute("hreflang"));
    }

    [Fact]
    public void Switcher_links_carry_the_translations_heading_ids_only_where_they_differ()
    {
        using var docset = ReaderDocset.Create();
        var site = Build(docset);

        Assert.Equal("premiers-pas", site.Page("en-us/index.html").QuerySelector(".language-switcher a[data-locale=fr-fr]")!.GetAttribute("data-anchors"));
        Assert.Equal("first-steps", site.Page("fr-fr/index.html").QuerySelector(".language-switcher a[data-locale=en-us]")!.GetAttribute("data-anchors"));
        Assert.Null(site.Page("en-us/setup.html").QuerySelector(".language-switcher a[data-locale=fr-fr]")!.GetAttribute("data-anchors"));
    }

    [Fact]
    public void The_sitemap_lists_translations_with_alternates_and_leaves_fallback_pages_out()
    {
        using var docset = ReaderDocset.Create();
        var sitemap = File.ReadAllText(Build(docset).Root + "/sitemap.xml");
        var xml = System.Xml.Linq.XDocument.Parse(sitemap);
        System.Xml.Linq.XNamespace sm = "http://www.sitemaps.org/schemas/sitemap/0.9";
        System.Xml.Linq.XNamespace xhtml = "http://www.w3.org/1999/xhtml";

        var locs = xml.Descendants(sm + "loc").Select(l => l.Value).ToList();
        Assert.Contains("https://example.test/docs/fr-fr/setup.html", locs);
        Assert.Contains("https://example.test/docs/en-us/only-en.html", locs);
        Assert.DoesNotContain("https://example.test/docs/fr-fr/only-en.html", locs);

        var setup = xml.Descendants(sm + "url").Single(u => u.Element(sm + "loc")!.Value.EndsWith("fr-fr/setup.html"));
        var alternates = setup.Elements(xhtml + "link").Select(l => (string)l.Attribute("hreflang")! + " " + (string)l.Attribute("href")!).ToList();
        Assert.Equal(["en-US https://example.test/docs/en-us/setup.html", "fr-FR https://example.test/docs/fr-fr/setup.html", "x-default https://example.test/docs/en-us/setup.html"], alternates);
        Assert.Equal("2026-11-02", setup.Element(sm + "lastmod")!.Value);
    }

    [Fact]
    public void Without_base_url_there_is_no_sitemap_no_canonical_and_robots_txt_has_no_sitemap_line()
    {
        using var docset = ReaderDocset.Create(config: "");
        var site = Build(docset);

        Assert.False(site.Exists("sitemap.xml"));
        Assert.Null(site.Page("en-us/setup.html").QuerySelector("link[rel=canonical]"));
        Assert.Empty(site.Page("en-us/setup.html").QuerySelectorAll("link[hreflang]"));
        Assert.Equal("User-agent: *\nAllow: /\n", File.ReadAllText(site.Root + "/robots.txt"));
    }

    [Fact]
    public void Robots_txt_names_the_sitemap_when_base_url_is_set()
    {
        using var docset = ReaderDocset.Create();
        Assert.Contains("Sitemap: https://example.test/docs/sitemap.xml", File.ReadAllText(Build(docset).Root + "/robots.txt"));
    }

    [Fact]
    public void Each_locale_has_a_404_page_in_its_language()
    {
        using var docset = ReaderDocset.Create();
        var site = Build(docset);

        var french = site.Page("fr-fr/404.html");
        Assert.Equal("fr-FR", french.DocumentElement.GetAttribute("lang"));
        Assert.Equal("Page introuvable", french.QuerySelector("h1")!.TextContent);
        Assert.Contains(".site-header", french.QuerySelector("style")!.TextContent);
        Assert.Equal("/docs/fr-fr/index.html", french.QuerySelector(".site-title")!.GetAttribute("href"));
        Assert.Equal("Page not found", site.Page("en-us/404.html").QuerySelector("h1")!.TextContent);
    }

    [Fact]
    public void The_site_index_links_every_locale_for_readers_without_javascript()
    {
        using var docset = ReaderDocset.Create();
        var index = Build(docset).Page("index.html");

        var links = index.QuerySelectorAll("a[data-locale]").ToList();
        Assert.Equal(["en-us/index.html", "fr-fr/index.html"], links.Select(a => a.GetAttribute("href")));
        Assert.Equal(["English", "Français"], links.Select(a => a.TextContent));
        Assert.Contains("navigator.languages", index.QuerySelector("script")!.TextContent);
    }

    [Fact]
    public void Script_tags_in_titles_descriptions_and_toc_text_stay_text_everywhere()
    {
        using var docset = ReaderDocset.Create();
        var site = Build(docset);

        foreach (var path in new[] { "en-us/setup.html", "fr-fr/setup.html", "en-us/index.html", "index.html", "fr-fr/404.html" })
        {
            var page = site.Page(path);
            Assert.All(page.QuerySelectorAll("script"), s => Assert.True(s.HasAttribute("src") || s.TextContent.Contains("location"), $"{path}: injected script {s.OuterHtml}"));
        }

        var setup = site.Page("en-us/setup.html");
        Assert.Contains(ReaderDocset.Script, setup.Title);
        Assert.Equal($"Set up {ReaderDocset.Script}", Meta(setup, "name", "description"));
        Assert.Equal($"Setup {ReaderDocset.Script}", Meta(setup, "property", "og:title"));
        Assert.Contains(ReaderDocset.Script, setup.QuerySelector(".site-title")!.TextContent);

        Assert.Contains(ReaderDocset.Script, setup.QuerySelector(".outline a[href='#detail']")!.TextContent);

        var nav = site.Navigation("en-us");
        Assert.Empty(nav.QuerySelectorAll("script"));
        Assert.Contains(nav.QuerySelectorAll("a"), a => a.TextContent.Contains(ReaderDocset.Script));
    }

    [Theory]
    [InlineData("{{ 1 + 1 }}")]
    [InlineData("{{ for x in (1..3) }}loop{{ end }}")]
    [InlineData("{{ include 'head' }}")]
    [InlineData("{{ T.menu }} {% raw %}")]
    [InlineData("end if else for capture func")]
    public void Template_syntax_in_titles_descriptions_toc_headings_and_bodies_stays_text(string code)
    {
        using var docset = ReaderDocset.Create();
        docset.Write("en-us/TOC.md", $"# [Docs](index.md)\n# Guides\n## [Setup {code}](setup.md)\n## [Only English](only-en.md)\n");
        docset.Write("en-us/setup.md", $"---\ntitle: \"Setup {code}\"\ndescription: \"Set up {code}\"\n---\n# Setup\n\n## Step {code} {{#step}}\n\nBody `{code}` and {code}.\n");
        var site = Build(docset);
        var page = site.Page("en-us/setup.html");

        Assert.Equal($"Setup {code} | Docs", page.Title);
        Assert.Equal($"Set up {code}", Meta(page, "name", "description"));
        Assert.Equal($"Step {code}", page.QuerySelector(".outline a[href='#step']")!.TextContent);
        Assert.Equal($"Body {code} and {code}.", page.QuerySelector("article p")!.TextContent);
        Assert.Contains(site.Navigation("en-us").QuerySelectorAll("a"), a => a.TextContent == $"Setup {code}");
    }

    [Fact]
    public void A_toc_entry_with_an_unsafe_scheme_is_a_plain_label_in_the_navigation()
    {
        using var docset = ReaderDocset.Create();
        docset.Write("en-us/TOC.md", "# [Docs](index.md)\n# Guides\n## [Setup](setup.md)\n## [Evil](javascript:alert(1))\n## [Web](https://example.test/)\n");

        var result = Cli.CliRunner.Run("build", docset.Root, "-o", docset.OutputPath);

        Assert.Contains("link.unsafe-scheme", result.Stdout + result.Stderr);
        var nav = new BuiltSite(docset.OutputPath).Navigation("en-us");
        Assert.Equal(["index.html", "setup.html", "https://example.test/"], nav.QuerySelectorAll("a").Select(a => a.GetAttribute("href")));
        Assert.Contains(nav.QuerySelectorAll("span"), s => s.TextContent == "Evil");
    }

    [Fact]
    public void The_search_results_page_has_the_chrome_of_a_topic_in_the_locale_language()
    {
        using var docset = ReaderDocset.Create();
        var page = Build(docset).Page("fr-fr/search.html");

        Assert.Equal("fr-FR", page.DocumentElement.GetAttribute("lang"));
        Assert.Equal("Résultats de la recherche | Documentation", page.Title);
        Assert.Equal("Documentation", page.QuerySelector(".site-title")!.TextContent);
        Assert.Equal("../assets/favicon.svg", page.QuerySelector("link[rel=icon]")!.GetAttribute("href"));
        Assert.Equal("nav.js", page.QuerySelector("#site-nav")!.GetAttribute("data-src"));
        Assert.Equal("Menu", page.QuerySelector(".nav-toggle")!.TextContent);
        var languages = page.QuerySelectorAll(".language-switcher a").ToList();
        Assert.Equal(["../en-us/search.html", "../fr-fr/search.html"], languages.Select(a => a.GetAttribute("href")));
        Assert.Equal("page", languages[1].GetAttribute("aria-current"));
        var status = page.QuerySelector("#search-status")!;
        Assert.Equal("{count} résultats pour « {query} »", status.GetAttribute("data-count-other"));
        Assert.Equal("1 résultat pour « {query} »", status.GetAttribute("data-count-one"));
    }

    [Fact]
    public void A_machine_translation_says_so_in_its_language_and_links_the_source_and_a_human_one_does_not()
    {
        using var docset = ReaderDocset.Create();
        docset.Write("fr-fr/setup.md", "---\ntitle: Installation\nms.translationtype: MT\n---\n# Installation\n\n## Première étape {#step-one}\n\n### Détail {#detail}\n");
        docset.Write("fr-fr/index.md", "---\ntitle: Début\nms.translationtype: HT\n---\n# Début\n\n## Premiers pas\n");
        var site = Build(docset);

        var notice = site.Page("fr-fr/setup.html").QuerySelector(".notice-mt")!;
        Assert.Equal("Cet article a été traduit automatiquement. Lire l’original.", notice.TextContent);
        Assert.Equal("../en-us/setup.html", notice.QuerySelector("a")!.GetAttribute("href"));
        Assert.Equal("en-US", notice.QuerySelector("a")!.GetAttribute("hreflang"));
        Assert.Null(site.Page("fr-fr/index.html").QuerySelector(".notice-mt"));
        Assert.Null(site.Page("en-us/setup.html").QuerySelector(".notice-mt"));
    }

    [Fact]
    public void A_templates_folder_holding_only_page_replaces_the_page_template_and_keeps_the_rest()
    {
        using var docset = ReaderDocset.Create();
        docset.Write("my-templates/page.sbn-html", "<!DOCTYPE html>\n<html lang=\"{{ Lang }}\"><head>{{ include 'head' }}<title>{{ Title }}</title></head>\n"
            + "<body>{{ include 'header' }}<main class=\"mine\"><article>{{ ContentHtml }}</article></main></body></html>\n");
        var result = Cli.CliRunner.Run("build", docset.Root, "-o", docset.OutputPath, "--templates", docset.PathOf("my-templates"));
        Assert.True(result.ExitCode == 0, result.Stderr);
        var site = new BuiltSite(docset.OutputPath);

        var page = site.Page("fr-fr/setup.html");
        Assert.NotNull(page.QuerySelector("main.mine article h2#step-one"));
        Assert.Equal("Installation", page.Title);
        Assert.Equal("../assets/favicon.svg", page.QuerySelector("link[rel=icon]")!.GetAttribute("href"));
        Assert.Equal("Documentation", page.QuerySelector(".site-title")!.TextContent);
        Assert.Equal("Page introuvable", site.Page("fr-fr/404.html").QuerySelector("h1")!.TextContent);
        Assert.True(site.Exists("assets/site.css"));
    }

    [Fact]
    public void Navigation_breadcrumbs_outline_prev_next_and_date_come_from_the_toc_and_headings()
    {
        using var docset = ReaderDocset.Create();
        var site = Build(docset);
        var page = site.Page("fr-fr/setup.html");

        Assert.Equal(["Accueil", "Guides"], page.QuerySelectorAll(".breadcrumbs li").Select(li => li.TextContent));
        Assert.Equal("index.html", page.QuerySelector(".prev-next .prev")!.GetAttribute("href"));
        Assert.Equal("only-en.html", page.QuerySelector(".prev-next .next")!.GetAttribute("href"));
        Assert.Equal(["#step-one", "#detail"], page.QuerySelectorAll(".outline a").Select(a => a.GetAttribute("href")));
        Assert.Equal("2 novembre 2026", page.QuerySelector(".last-updated time")!.TextContent);
        var nav = site.Navigation("fr-fr").QuerySelectorAll("a").ToList();
        Assert.Equal(["index.html", "setup.html", "only-en.html"], nav.Select(a => a.GetAttribute("href")));
        Assert.Equal("Seulement en anglais (non traduit)", nav[2].TextContent);
        Assert.Equal("Installation", nav[1].TextContent);
    }

    [Fact]
    public void The_omit_policy_publishes_no_fallback_and_the_switcher_nav_and_sitemap_follow()
    {
        using var docset = ReaderDocset.Create("baseUrl: https://example.test/docs/\nfallback: omit\n");
        // The French TOC still lists the omitted page: build gives check's verdict (toc.target-missing, exit 1) and still writes the site.
        var site = Build(docset, exitCode: 1);

        Assert.False(site.Exists("fr-fr/only-en.html"));
        var french = site.Page("en-us/only-en.html").QuerySelector(".language-switcher a[data-locale=fr-fr]")!;
        Assert.Equal("../fr-fr/index.html", french.GetAttribute("href"));
        Assert.True(french.ClassList.Contains("untranslated"));
        Assert.False(french.HasAttribute("data-same-topic"));
        Assert.DoesNotContain(site.Navigation("fr-fr").QuerySelectorAll("a"), a => a.GetAttribute("href") == "only-en.html");
        Assert.DoesNotContain("fr-fr/only-en.html", File.ReadAllText(site.Root + "/sitemap.xml"));
    }

    [Fact]
    public void The_head_and_search_box_shared_between_pages_follow_each_pages_depth_and_language()
    {
        using var docset = ReaderDocset.Create();
        docset.Write("en-us/guides/deep.md", "---\ntitle: Deep\n---\n# Deep\n");
        docset.Write("fr-fr/guides/deep.md", "---\ntitle: Profond\n---\n# Profond\n");
        var site = Build(docset);

        foreach (var (file, root, label) in new[]
        {
            ("en-us/index.html", "../", "Search"), ("en-us/setup.html", "../", "Search"), ("en-us/guides/deep.html", "../../", "Search"),
            ("fr-fr/setup.html", "../", "Rechercher"), ("fr-fr/guides/deep.html", "../../", "Rechercher"),
        })
        {
            var page = site.Page(file);
            Assert.Equal(root + "assets/site.css", page.QuerySelector("link[rel=stylesheet]")!.GetAttribute("href"));
            var form = page.QuerySelector("form.search-box")!;
            Assert.Equal(root[3..] + "search.html", form.GetAttribute("action"));
            Assert.Equal(root + "assets/lunr/", form.GetAttribute("data-lunr"));
            Assert.Equal(label, form.QuerySelector("label")!.TextContent);
        }
    }

    private static string? Meta(IDocument page, string attribute, string name) =>
        page.QuerySelector($"meta[{attribute}='{name}']")?.GetAttribute("content");

    private static List<string?> HrefLangs(IDocument page) =>
        page.QuerySelectorAll("link[rel=alternate][hreflang]").Select(l => l.GetAttribute("hreflang")).ToList();
}
