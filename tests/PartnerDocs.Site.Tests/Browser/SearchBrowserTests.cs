using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace PartnerDocs.Tests.Browser;

public class SearchBrowserTests(SearchSiteFixture site) : IClassFixture<SearchSiteFixture>
{
    [Fact]
    public async Task Factura_on_a_Spanish_page_lists_the_billing_topics()
    {
        var page = await site.OpenAsync("es-es/index.html");

        var links = await SuggestionsFor(page, "factura");

        Assert.Contains("billing.html", links);
        Assert.Contains("read-your-bill.html", links);
        Assert.Contains("<mark>", await page.InnerHTMLAsync("#search-suggestions"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Facture_on_a_French_page_lists_the_billing_topics()
    {
        var page = await site.OpenAsync("fr-fr/index.html");

        var links = await SuggestionsFor(page, "facture");

        Assert.Contains("billing.html", links);
        Assert.Contains("read-your-bill.html", links);
    }

    [Fact]
    public async Task A_word_typed_key_by_key_finds_pages_by_its_prefix()
    {
        var page = await site.OpenAsync("es-es/index.html");

        await page.FocusAsync("#search-input");
        await page.Keyboard.TypeAsync("factur");

        await Assertions.Expect(page.Locator("#search-suggestions a[href='billing.html']")).ToBeVisibleAsync();
    }

    [Fact]
    public async Task An_English_word_finds_no_English_page_on_a_Spanish_page()
    {
        var page = await site.OpenAsync("es-es/billing.html");

        // "payment" is on the English billing pages; the Spanish ones say "pago".
        await page.FillAsync("#search-input", "payment");

        var empty = page.Locator("#search-suggestions .search-empty");
        await Assertions.Expect(empty).ToHaveTextAsync("No se encontraron resultados.");
        var hrefs = await page.EvalOnSelectorAllAsync<string[]>("#search-suggestions a", "links => links.map(a => a.href)");
        Assert.DoesNotContain(hrefs, h => h.Contains("/en-us/", StringComparison.Ordinal));
        Assert.Contains("billing.html", await SuggestionsFor(await site.OpenAsync("en-us/index.html"), "payment"));
    }

    [Fact]
    public async Task Slash_focuses_the_search_box()
    {
        var page = await site.OpenAsync("fr-fr/billing.html");

        await page.Keyboard.PressAsync("/");

        Assert.Equal("search-input", await page.EvaluateAsync<string>("document.activeElement.id"));
        Assert.Equal("", await page.InputValueAsync("#search-input"));
    }

    [Fact]
    public async Task The_results_page_opened_with_q_lists_results_with_sections()
    {
        var page = await site.OpenAsync("es-es/search.html?q=factura");

        var results = page.Locator("#search-page-results li");
        await Assertions.Expect(results.First).ToBeVisibleAsync();
        var hrefs = await page.EvalOnSelectorAllAsync<string[]>("#search-page-results a", "links => links.map(a => a.getAttribute('href'))");
        Assert.Contains("billing.html", hrefs);
        Assert.Equal("factura", await page.InputValueAsync("#search-input"));
        Assert.Contains("Facturación", await page.Locator("#search-page-results .search-section").AllTextContentsAsync());
    }

    [Fact]
    public async Task The_results_page_says_no_results_in_the_locales_language()
    {
        var page = await site.OpenAsync("fr-fr/search.html?q=zzzyx");

        await Assertions.Expect(page.Locator("#search-status")).ToHaveTextAsync("Aucun résultat trouvé.");
    }

    [Fact]
    public async Task Arrow_keys_choose_a_result_and_enter_opens_it()
    {
        var page = await site.OpenAsync("es-es/index.html");
        var links = await SuggestionsFor(page, "factura");
        Assert.True(links.Length > 1);

        await page.Keyboard.PressAsync("ArrowDown");
        await page.Keyboard.PressAsync("ArrowDown");
        await page.Keyboard.PressAsync("ArrowUp");
        await page.Keyboard.PressAsync("ArrowDown");
        Assert.Equal("search-option-1", await page.GetAttributeAsync("#search-input", "aria-activedescendant"));
        await page.Keyboard.PressAsync("Enter");

        await Assertions.Expect(page).ToHaveURLAsync(new Regex("/es-es/" + Regex.Escape(links[1]) + "$"));
    }

    [Fact]
    public async Task Enter_without_a_chosen_result_opens_the_results_page()
    {
        var page = await site.OpenAsync("es-es/billing.html");
        await SuggestionsFor(page, "factura");

        await page.Keyboard.PressAsync("Enter");

        await Assertions.Expect(page).ToHaveURLAsync(new Regex("/es-es/search\\.html\\?q=factura$"));
        await Assertions.Expect(page.Locator("#search-page-results li").First).ToBeVisibleAsync();
    }

    private static async Task<string[]> SuggestionsFor(IPage page, string text)
    {
        await page.FocusAsync("#search-input");
        await page.FillAsync("#search-input", text);
        await Assertions.Expect(page.Locator("#search-suggestions [role=option]").First).ToBeVisibleAsync();
        return await page.EvalOnSelectorAllAsync<string[]>("#search-suggestions a", "links => links.map(a => a.getAttribute('href'))");
    }
}
