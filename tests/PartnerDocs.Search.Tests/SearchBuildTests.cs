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
    public void The_build_writes_the_index_and_docs_of_every_locale_as_json_and_script()
    {
        using var temp = TempDocset.Create();

        var result = CliRunner.Run("build", Path.Combine(TestPaths.RepoRoot, "content"), "-o", temp.PathOf("_site"));

        Assert.True(result.ExitCode == 0, result.Stderr);
        Assert.Contains("search: indexed 105 pages", result.Stdout);
        foreach (var (locale, pipeline) in new[] { ("en-us", "[\"stemmer\"]"), ("es-es", "[\"trimmer-es\",\"stemmer-es\"]"), ("fr-fr", "[\"trimmer-fr\",\"accentFold-fr\",\"stemmer-fr\"]") })
        {
            var index = temp.Read($"_site/{locale}/search-index.json");
            Assert.StartsWith("{\"version\":\"2.3.9\",\"fields\":[\"title\",\"headings\",\"body\"]", index);
            Assert.EndsWith($"\"pipeline\":{pipeline}}}", index);
            Assert.Equal($"(window.partnerDocsSearch = window.partnerDocsSearch || {{}}).index = JSON.parse('{JsString(index)}');\n", temp.Read($"_site/{locale}/search-index.js"));
            Assert.EndsWith($".docs = JSON.parse('{JsString(temp.Read($"_site/{locale}/search-docs.json"))}');\n", temp.Read($"_site/{locale}/search-docs.js"));
            Assert.True(File.Exists(temp.PathOf($"_site/{locale}/search.html")));
        }

        Assert.Equal(["lunr.es.js", "lunr.fr.js", "lunr.min.js", "lunr.stemmer.support.js"],
            Directory.GetFiles(temp.PathOf("_site/assets/lunr")).Select(Path.GetFileName).Order(StringComparer.Ordinal));
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
            Assert.NotEmpty(doc.GetProperty("title").GetString()!);
            Assert.True(File.Exists(temp.PathOf("_site/es-es/" + doc.GetProperty("url").GetString())));
            Assert.NotEmpty(doc.GetProperty("summary").GetString()!);
        });
        var readYourBill = docs.Values.Single(d => d.GetProperty("url").GetString() == "read-your-bill.html");
        Assert.Equal("Leer tu factura", readYourBill.GetProperty("title").GetString());
        Assert.Equal("Facturación", readYourBill.GetProperty("section").GetString());
        Assert.Equal("Facturación", docs.Values.Single(d => d.GetProperty("url").GetString() == "billing.html").GetProperty("section").GetString());
    }

    [Fact]
    public void Fallback_pages_are_published_but_not_indexed_in_the_locale_that_borrows_them()
    {
        using var temp = TempDocset.Create(FallbackDocset);

        var result = CliRunner.Run("build", temp.PathOf("docs"), "-o", temp.PathOf("_site"));

        Assert.True(result.ExitCode == 0, result.Stderr);
        Assert.True(File.Exists(temp.PathOf("_site/es-es/invoices.html")));
        Assert.Equal(["billing.html", "index.html"], Docs(temp, "es-es").Values.Select(d => d.GetProperty("url").GetString()));
        Assert.Equal(["billing.html", "index.html", "invoices.html"], Docs(temp, "en-us").Values.Select(d => d.GetProperty("url").GetString()));
        var spanish = temp.Read("_site/es-es/search-index.json");
        Assert.DoesNotContain("\"invoic", spanish);
        Assert.DoesNotContain("/2\"", spanish);
        var billing = Docs(temp, "en-us")["0"];
        Assert.Equal("How billing works.", billing.GetProperty("summary").GetString());
        Assert.Equal("Billing", billing.GetProperty("section").GetString());
    }

    [Fact]
    public void The_body_field_holds_the_description_and_only_the_configured_number_of_words()
    {
        using var temp = TempDocset.Create(
            ("docs/partnerdocs.yml", "search:\n  bodyWords: 6\n"),
            ("docs/en-us/TOC.md", "# [Home](index.md)\n"),
            ("docs/en-us/index.md", "---\ndescription: Zebra crossing.\n---\n# Home\n\nalpha bravo charlie delta echo foxtrot golf hotel\n\n## Kilo\n"));

        CliRunner.Run("build", temp.PathOf("docs"), "-o", temp.PathOf("_site"));

        var index = temp.Read("_site/en-us/search-index.json");
        Assert.Contains("[\"zebra\"", index);
        Assert.Contains("[\"echo\"", index);
        Assert.DoesNotContain("[\"foxtrot\"", index);
        Assert.Contains("[\"kilo\",{\"_index\":", index);
        Assert.Equal("Zebra crossing.", Docs(temp, "en-us")["0"].GetProperty("summary").GetString());
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
        Assert.False(File.Exists(temp.PathOf("_site/es-es/search-index.json")));
        Assert.False(File.Exists(temp.PathOf("_site/es-es/search.html")));
        Assert.False(Directory.Exists(temp.PathOf("_site/assets/lunr")));
        Assert.Null(new BuiltSite(temp.PathOf("_site")).Page("es-es/billing.html").QuerySelector("form.search-box"));
    }

    [Fact]
    public void Without_lunr_packages_or_a_package_json_the_message_names_what_to_install_and_no_search()
    {
        using var temp = TempDocset.Create();

        var error = Assert.Throws<SearchUnavailableException>(() => LunrAssets.Locate(_ => { }, temp.Root));

        Assert.Contains("Node.js with npm", error.Message);
        Assert.Contains("npm ci", error.Message);
        Assert.Contains("--no-search", error.Message);
    }

    [Theory]
    [InlineData(400, 35, 400)]
    [InlineData(400, 1000, 200)]
    [InlineData(400, 10000, 20)]
    [InlineData(10, 10000, 10)]
    public void Large_locales_share_a_fixed_body_word_budget(int configured, int pages, int expected) =>
        Assert.Equal(expected, PartnerDocs.Docsets.SearchBudget.BodyWords(configured, pages));

    [Theory]
    [InlineData(0, "0")]
    [InlineData(35, "z")]
    [InlineData(36, "10")]
    [InlineData(46655, "zzz")]
    public void Refs_are_base_36_counters(int number, string expected) => Assert.Equal(expected, ShortRefs.Of(number));

    private static string JsString(string json) => json.Replace("\\", "\\\\").Replace("'", "\\'");

    private static Dictionary<string, JsonElement> Docs(TempDocset temp, string locale) =>
        JsonSerializer.Deserialize<Dictionary<string, JsonElement>>(temp.Read($"_site/{locale}/search-docs.json"))!;
}
