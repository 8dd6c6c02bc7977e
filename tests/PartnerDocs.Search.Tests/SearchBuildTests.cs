using System.Text.Json;
using PartnerDocs.Search;
using PartnerDocs.Tests.Cli;
using PartnerDocs.Tests.Site;

namespace PartnerDocs.Tests.Search;

public class SearchBuildTests
{
    private static readonly (string Path, string Text)[] FallbackDocset =
    [
        ("docs/partnerdocs.yml", "sourceLocale: en-us\nlocales: [en-us, es-es]\n"),
        ("docs/en-us/TOC.md", "# [Home](index.md)\n## [Billing](billing.md)\n### [Invoices](invoices.md)\n"),
        ("docs/en-us/index.md", "# Home\n\nIt's a \"quoted\" back\\slash.\n"),
        ("docs/en-us/billing.md", "---\ndescription: How billing works.\n---\n# Billing\n\n## Payment methods\n\nPay monthly.\n"),
        ("docs/en-us/invoices.md", "# Invoices\n\nEvery invoice lists charges.\n"),
        ("docs/es-es/TOC.md", "# [Inicio](index.md)\n## [Facturación](billing.md)\n### [Facturas](invoices.md)\n"),
        ("docs/es-es/index.md", "# Inicio\n\nBienvenido.\n"),
        ("docs/es-es/billing.md", "# Facturación\n\n## Métodos de pago\n\nPague cada mes.\n"),
    ];

    [Fact]
    public void The_build_writes_a_split_index_per_locale_as_scripts()
    {
        using var temp = TempDocset.Create();

        var result = CliRunner.Run("build", Path.Combine(TestPaths.RepoRoot, "content"), "-o", temp.PathOf("_site"));

        Assert.True(result.ExitCode == 0, result.Stderr);
        Assert.Contains("search: indexed 105 pages", result.Stdout);
        Assert.DoesNotContain("no stemmer", result.Stdout);
        foreach (var (locale, pipeline) in new[] { ("en-us", "[\"stemmer\"]"), ("es-es", "[\"trimmer-es\",\"stemmer-es\"]"), ("fr-fr", "[\"trimmer-fr\",\"accentFold-fr\",\"stemmer-fr\"]") })
        {
            var manifest = temp.Read($"_site/{locale}/search/manifest.js");
            Assert.StartsWith("partnerDocsSearch.receive(\"manifest\",{\"format\":1,\"fields\":[\"title\",\"headings\",\"description\",\"body\"]", manifest);
            Assert.Contains($"\"pipeline\":{pipeline}", manifest);
            Assert.StartsWith("partnerDocsSearch.receive(\"t0\",{\"terms\":[[", temp.Read($"_site/{locale}/search/t0.js"));
            Assert.StartsWith("partnerDocsSearch.receive(\"d0\",[[", temp.Read($"_site/{locale}/search/d0.js"));
            Assert.True(File.Exists(temp.PathOf($"_site/{locale}/search.html")));
        }

        Assert.Equal(["lunr.es.js", "lunr.fr.js", "lunr.min.js", "lunr.stemmer.support.js"],
            Directory.GetFiles(temp.PathOf("_site/assets/lunr")).Select(Path.GetFileName).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Locales_without_a_stemmer_are_named_in_one_line_and_get_no_lunr_languages_files()
    {
        using var temp = TempDocset.Create(
            ("docs/partnerdocs.yml", "sourceLocale: de-de\nlocales: [de-de, ja-jp, zh-cn]\n"),
            ("docs/de-de/TOC.md", "# [Übersicht](index.md)\n"),
            ("docs/de-de/index.md", "# Übersicht\n\nÄnderungen an Ihrem Konto.\n"),
            ("docs/ja-jp/TOC.md", "# [概要](index.md)\n"),
            ("docs/ja-jp/index.md", "# 概要\n\n請求書を確認します。\n"),
            ("docs/zh-cn/TOC.md", "# [概述](index.md)\n"),
            ("docs/zh-cn/index.md", "# 概述\n\n查看您的账单。\n"));

        var result = CliRunner.Run("build", temp.PathOf("docs"), "-o", temp.PathOf("_site"));

        Assert.True(result.ExitCode == 0, result.Stderr);
        Assert.Single(result.Stdout.Split('\n'), line => line.StartsWith("search: no stemmer for ja-jp, zh-cn:", StringComparison.Ordinal));
        Assert.Equal(["lunr.de.js", "lunr.min.js", "lunr.stemmer.support.js"],
            Directory.GetFiles(temp.PathOf("_site/assets/lunr")).Select(Path.GetFileName).Order(StringComparer.Ordinal));
        Assert.Contains("[\"ubersicht\",", temp.Read("_site/de-de/search/t0.js"));
        Assert.Contains("[\"账单\",", temp.Read("_site/zh-cn/search/t0.js"));
        Assert.Contains("[\"請求\",", temp.Read("_site/ja-jp/search/t0.js"));
    }

    [Fact]
    public void Every_search_doc_has_a_title_a_locale_relative_url_a_summary_and_its_top_level_section()
    {
        using var temp = TempDocset.Create();
        CliRunner.Run("build", Path.Combine(TestPaths.RepoRoot, "content"), "-o", temp.PathOf("_site"));

        var docs = Docs(temp, "es-es");

        Assert.Equal(35, docs.Count);
        Assert.Equal(Enumerable.Range(0, 35).Select(ShortRefs.Of), docs.Keys);
        Assert.All(docs.Values, doc =>
        {
            Assert.NotEmpty(doc.Title);
            Assert.True(File.Exists(temp.PathOf("_site/es-es/" + doc.Url)));
            Assert.NotEmpty(doc.Summary);
        });
        var readYourBill = docs.Values.Single(d => d.Url == "read-your-bill.html");
        Assert.Equal("Leer tu factura", readYourBill.Title);
        Assert.Equal("Facturación", readYourBill.Section);
        Assert.Equal("Facturación", docs.Values.Single(d => d.Url == "billing.html").Section);
    }

    [Fact]
    public void Fallback_pages_are_published_but_not_indexed_in_the_locale_that_borrows_them()
    {
        using var temp = TempDocset.Create(FallbackDocset);

        var result = CliRunner.Run("build", temp.PathOf("docs"), "-o", temp.PathOf("_site"));

        Assert.True(result.ExitCode == 0, result.Stderr);
        Assert.True(File.Exists(temp.PathOf("_site/es-es/invoices.html")));
        Assert.Equal(["billing.html", "index.html"], Docs(temp, "es-es").Values.Select(d => d.Url));
        Assert.Equal(["billing.html", "index.html", "invoices.html"], Docs(temp, "en-us").Values.Select(d => d.Url));
        var spanish = Shards(temp, "es-es");
        Assert.DoesNotContain("\"invoic", spanish);
        Assert.Contains("\"documents\":2,", temp.Read("_site/es-es/search/manifest.js"));
        var billing = Docs(temp, "en-us")["0"];
        Assert.Equal("How billing works.", billing.Summary);
        Assert.Equal("Billing", billing.Section);
    }

    [Fact]
    public void Every_word_of_the_body_is_indexed_and_the_description_is_its_own_field()
    {
        var body = string.Join(' ', Enumerable.Range(0, 5000).Select(i => "filler")) + " zucchini";
        using var temp = TempDocset.Create(
            ("docs/en-us/TOC.md", "# [Home](index.md)\n"),
            ("docs/en-us/index.md", $"---\ndescription: Zebra crossing.\n---\n# Home\n\n{body}\n\n## Kilo\n"));

        CliRunner.Run("build", temp.PathOf("docs"), "-o", temp.PathOf("_site"));

        var shard = temp.Read("_site/en-us/search/t0.js");
        Assert.Contains("[\"zebra\",", shard);
        Assert.Contains("[\"zucchini\",", shard);
        Assert.Contains("[\"kilo\",", shard);
        Assert.Equal("Zebra crossing.", Docs(temp, "en-us")["0"].Summary);
    }

    [Fact]
    public void Pages_get_a_search_box_pointing_at_their_locales_results_page()
    {
        using var temp = TempDocset.Create(FallbackDocset);
        CliRunner.Run("build", temp.PathOf("docs"), "-o", temp.PathOf("_site"));

        var form = new BuiltSite(temp.PathOf("_site")).Page("es-es/billing.html").QuerySelector("form.search-box")!;

        Assert.Equal("search.html", form.GetAttribute("action"));
        Assert.Equal("get", form.GetAttribute("method"));
        Assert.Equal("Buscar", form.QuerySelector("label[for=search-input]")!.TextContent);
        Assert.NotNull(form.QuerySelector("input#search-input[name=q]"));
    }

    [Fact]
    public void No_search_skips_indexing_and_says_so()
    {
        using var temp = TempDocset.Create(FallbackDocset);

        var result = CliRunner.Run("build", temp.PathOf("docs"), "-o", temp.PathOf("_site"), "--no-search");

        Assert.True(result.ExitCode == 0, result.Stderr);
        Assert.Contains("search: skipped (--no-search)", result.Stdout);
        Assert.False(Directory.Exists(temp.PathOf("_site/es-es/search")));
        Assert.False(File.Exists(temp.PathOf("_site/es-es/search.html")));
        Assert.False(Directory.Exists(temp.PathOf("_site/assets/lunr")));
        Assert.Null(new BuiltSite(temp.PathOf("_site")).Page("es-es/billing.html").QuerySelector("form.search-box"));
    }

    [Theory]
    [InlineData(0, "0")]
    [InlineData(35, "z")]
    [InlineData(36, "10")]
    [InlineData(46655, "zzz")]
    public void Refs_are_base_36_counters(int number, string expected) => Assert.Equal(expected, ShortRefs.Of(number));

    private sealed record Doc(string Title, string Url, string Summary, string Section);

    // The result chunks d0.js, d1.js, ... in order, keyed by base-36 ref.
    private static Dictionary<string, Doc> Docs(TempDocset temp, string locale)
    {
        var docs = new Dictionary<string, Doc>();
        for (var chunk = 0; File.Exists(temp.PathOf($"_site/{locale}/search/d{chunk}.js")); chunk++)
        {
            foreach (var entry in JsonDocument.Parse(ScriptData(temp.Read($"_site/{locale}/search/d{chunk}.js"))).RootElement.EnumerateArray())
            {
                var fields = entry.EnumerateArray().Select(e => e.GetString()!).ToArray();
                docs.Add(ShortRefs.Of(docs.Count), new Doc(fields[0], fields[1], fields[2], fields[3]));
            }
        }
        return docs;
    }

    private static string Shards(TempDocset temp, string locale) =>
        string.Concat(Directory.GetFiles(temp.PathOf($"_site/{locale}/search"), "t*.js").Select(File.ReadAllText));

    // partnerDocsSearch.receive("name",DATA);\n -> DATA
    private static string ScriptData(string script) => script[(script.IndexOf(',') + 1)..script.LastIndexOf(')')];
}
