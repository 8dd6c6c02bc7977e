using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace PartnerDocs.Tests.Browser;

public class MultilingualSearchBrowserTests(MultilingualSearchFixture site) : IClassFixture<MultilingualSearchFixture>
{
    [Theory]
    [InlineData("es-es", "factura", "billing.html")]
    [InlineData("es-es", "facturacion", "billing.html")] // typed without the accent
    [InlineData("es-es", "conciliacion", "billing.html")]
    [InlineData("es-es", "suscripcion", "subscriptions.html")]
    [InlineData("fr-fr", "facture", "billing.html")]
    [InlineData("fr-fr", "creez", "subscriptions.html")]
    [InlineData("de-de", "Übersicht", "billing.html")]
    [InlineData("de-de", "Änderung", "billing.html")]
    [InlineData("de-de", "Abonnement", "subscriptions.html")]
    [InlineData("zh-cn", "账单", "billing.html")]
    [InlineData("zh-cn", "账", "billing.html")] // one character
    [InlineData("zh-cn", "Azure订阅", "subscriptions.html")] // CJK with a Latin product name, no space
    [InlineData("zh-cn", "续订", "subscriptions.html")]
    [InlineData("ja-jp", "請求書", "billing.html")]
    [InlineData("ja-jp", "サブスクリプション", "subscriptions.html")]
    [InlineData("ja-jp", "顧客", "subscriptions.html")]
    public async Task A_query_finds_the_page_and_clicking_it_opens_it(string locale, string query, string expected)
    {
        var page = await site.OpenAsync($"{locale}/index.html");
        await page.FocusAsync("#search-input");
        await page.FillAsync("#search-input", query);

        var first = page.Locator("#search-suggestions [role=option] a").First;
        await Assertions.Expect(first).ToHaveAttributeAsync("href", expected);
        await first.ClickAsync();

        await Assertions.Expect(page).ToHaveURLAsync(new Regex($"/{locale}/{Regex.Escape(expected)}$"));
    }

    [Fact]
    public async Task The_results_page_counts_in_the_locales_language_and_marks_the_word_without_its_punctuation()
    {
        var page = await site.OpenAsync("es-es/search.html?q=factura");

        await Assertions.Expect(page.Locator("#search-status")).ToHaveTextAsync("1 resultado para «factura»");
        var snippet = await page.InnerHTMLAsync("#search-page-results .search-snippet");
        Assert.Contains("<mark>factura</mark>,", snippet, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Chinese_results_mark_the_matched_characters()
    {
        var page = await site.OpenAsync("zh-cn/search.html?q=账单");

        await Assertions.Expect(page.Locator("#search-page-results a").First).ToHaveAttributeAsync("href", "billing.html");
        Assert.Contains("<mark>账单</mark>", await page.InnerHTMLAsync("#search-page-results .search-snippet"), StringComparison.Ordinal);
    }

    [Fact]
    public void The_build_names_the_locales_searched_without_a_stemmer() =>
        Assert.Contains("search: no stemmer for ja-jp, zh-cn:", site.BuildOutput, StringComparison.Ordinal);
}
