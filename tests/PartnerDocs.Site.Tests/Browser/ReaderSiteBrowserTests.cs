using System.Text.Json;
using Microsoft.Playwright;

namespace PartnerDocs.Tests.Browser;

/// <summary>The built site in headless chromium: switching language, navigation, fallbacks, privacy, accessibility, looks.</summary>
[Collection(ReaderSiteCollection.Name)]
public class ReaderSiteBrowserTests(ReaderSiteFixture site)
{
    private static readonly string AxeScript = Path.Combine(TestPaths.RepoRoot, "node_modules", "axe-core", "axe.min.js");

    [Fact]
    public async Task Switching_language_lands_on_the_translation_at_the_same_anchor_and_remembers_the_choice()
    {
        var page = await NewPage();
        await Open(page, $"{site.Origin}/content/en-us/billing.html#billing-cycle");

        await page.ClickAsync(".language-switcher a[data-locale=es-es]");
        await page.ArriveAtAsync("/es-es/billing.html#billing-cycle");
        Assert.Equal(1, await page.Locator("article #billing-cycle").CountAsync());
        Assert.InRange(await page.EvaluateAsync<double>("document.getElementById('billing-cycle').getBoundingClientRect().top"), 0, 100);
        Assert.Equal("es-es", await page.EvaluateAsync<string>("localStorage.getItem('partnerdocs.locale')"));

        await page.ClickAsync(".outline a[href='#payment-methods']");
        await page.ClickAsync(".language-switcher a[data-locale=fr-fr]");
        await page.ArriveAtAsync("/fr-fr/billing.html#payment-methods");
    }

    [Fact]
    public async Task Switching_language_maps_an_anchor_by_position_when_the_translation_names_its_headings_differently()
    {
        var page = await NewPage();
        await Open(page, $"{site.Origin}/fallback/en-us/index.html#first-steps");

        await page.ClickAsync(".language-switcher a[data-locale=fr-fr]");
        await page.ArriveAtAsync("/fr-fr/index.html#premiers-pas");
    }

    [Fact]
    public async Task The_site_index_sends_the_reader_to_their_language_or_the_remembered_one()
    {
        var french = await NewPage(locale: "fr-FR");
        await french.GotoAsync($"{site.Origin}/content/index.html");
        await french.ArriveAtAsync("/fr-fr/index.html");

        await french.EvaluateAsync("localStorage.setItem('partnerdocs.locale', 'es-es')");
        await french.GotoAsync($"{site.Origin}/content/index.html");
        await french.ArriveAtAsync("/es-es/index.html");
    }

    [Fact]
    public async Task The_navigation_marks_the_current_page_and_prev_next_follow_the_toc()
    {
        var page = await NewPage();
        await Open(page, $"{site.Origin}/content/en-us/index.html");
        var links = page.Locator("#site-nav a");
        Assert.True(await links.CountAsync() > 5);

        var target = links.Nth(3);
        var href = await target.GetAttributeAsync("href");
        await target.ClickAsync();
        await page.ArriveAtAsync("/en-us/" + href);
        await NavReady(page);
        var current = page.Locator("#site-nav a[aria-current=page]");
        Assert.Equal(href, await current.GetAttributeAsync("href"));
        Assert.True(await current.IsVisibleAsync(), "the current page's branch is open");

        var next = await page.Locator(".prev-next .next").GetAttributeAsync("href");
        await page.ClickAsync(".prev-next .next");
        await page.ArriveAtAsync("/en-us/" + next);
        await page.ClickAsync(".prev-next .prev");
        await page.ArriveAtAsync("/en-us/" + href);
        await NavReady(page);
    }

    [Fact]
    public async Task Pages_read_correctly_from_file_urls()
    {
        var page = await NewPage();
        var errors = new List<string>();
        page.PageError += (_, error) => errors.Add(error);
        await Open(page, new Uri(Path.Combine(site.SiteFolder, "content/es-es/billing.html")).AbsoluteUri + "#billing-roles");

        Assert.True(await page.Locator("#site-nav a").CountAsync() > 5);
        Assert.Equal("billing.html", await page.Locator("#site-nav a[aria-current=page]").GetAttributeAsync("href"));
        Assert.EndsWith("fr-fr/billing.html#billing-roles", await page.Locator(".language-switcher a[data-locale=fr-fr]").GetAttributeAsync("href"));
        Assert.Equal("rgb(255, 255, 255)", await page.EvaluateAsync<string>("getComputedStyle(document.body).backgroundColor"));
        Assert.Empty(errors);
    }

    [Fact]
    public async Task A_fallback_page_shows_its_notice_in_the_locale_language()
    {
        var page = await NewPage();
        await Open(page, $"{site.Origin}/fallback/fr-fr/only-en.html");

        var notice = page.Locator(".notice-fallback");
        Assert.True(await notice.IsVisibleAsync());
        Assert.Contains("pas encore disponible", await notice.InnerTextAsync());
        Directory.CreateDirectory(ReaderSiteFixture.ScreenshotFolder);
        await page.ScreenshotAsync(new() { Path = Path.Combine(ReaderSiteFixture.ScreenshotFolder, "fallback-fr-fr.png") });
        await notice.Locator("a").ClickAsync();
        await page.ArriveAtAsync("/en-us/only-en.html");
    }

    [Fact]
    public async Task No_request_leaves_the_site()
    {
        var page = await NewPage(locale: "es-ES");
        var requests = new List<string>();
        page.Request += (_, request) => requests.Add(request.Url);

        await page.GotoAsync($"{site.Origin}/content/index.html");
        await page.ArriveAtAsync("/es-es/index.html");
        foreach (var path in new[] { "content/en-us/billing.html", "content/fr-fr/billing.html", "content/es-es/404.html", "fallback/fr-fr/only-en.html" })
        {
            await page.GotoAsync($"{site.Origin}/{path}", new() { WaitUntil = WaitUntilState.NetworkIdle });
        }

        Assert.NotEmpty(requests);
        Assert.All(requests, url => Assert.StartsWith(site.Origin + "/", url));
    }

    [Theory]
    [InlineData("content/en-us/billing.html")]
    [InlineData("content/es-es/billing.html")]
    [InlineData("content/fr-fr/billing.html")]
    [InlineData("fallback/fr-fr/only-en.html")]
    [InlineData("content/fr-fr/404.html")]
    [InlineData("content/index.html?stay")]
    [InlineData("content/es-es/index.html")]
    [InlineData("content/es-es/search.html?q=factura")]
    public async Task Axe_finds_no_accessibility_violations(string path)
    {
        foreach (var scheme in new[] { ColorScheme.Light, ColorScheme.Dark })
        {
            var page = await NewPage(colorScheme: scheme);
            if (path.EndsWith("?stay"))
            {
                // The site index redirects at once; keep it on screen to check the page itself.
                await page.RouteAsync("**/index.html?stay", async route =>
                {
                    var response = await route.FetchAsync();
                    await route.FulfillAsync(new() { Response = response, Body = (await response.TextAsync()).Replace("location.replace(", "void(") });
                });
            }

            await Open(page, $"{site.Origin}/{path}");
            if (path.Contains("search.html?q="))
            {
                // Check the results as readers see them, highlighted words included.
                await page.WaitForSelectorAsync("#search-page-results li mark");
            }

            var violations = await Axe(page, "document");
            Assert.True(violations.GetArrayLength() == 0, $"{path} ({scheme}): {violations}");
        }
    }

    // The real corpus carries Microsoft Docs markup such as empty <a href="" id="x"></a> anchors in headings, which axe
    // rightly flags (link-name); that is the content's to fix, so here only the site's own chrome is held to zero.
    [Theory]
    [InlineData("corpus/es-es/use-the-reconciliation-files.html")]
    [InlineData("corpus/fr-fr/use-the-reconciliation-files.html")]
    public async Task Axe_finds_no_violations_in_the_chrome_around_real_corpus_pages(string path)
    {
        var page = await NewPage();
        await Open(page, $"{site.Origin}/{path}");
        var violations = await Axe(page, "{ exclude: [['article']] }");
        Assert.True(violations.GetArrayLength() == 0, $"{path}: {violations}");
    }

    private static async Task<JsonElement> Axe(IPage page, string context)
    {
        await page.AddScriptTagAsync(new() { Path = AxeScript });
        return await page.EvaluateAsync<JsonElement>(
            $"async () => (await axe.run({context}, {{ resultTypes: ['violations'] }})).violations.map(v => v.id + ': ' + v.nodes.map(n => n.target.join(' ')).join(' | '))");
    }

    [Fact]
    public async Task A_404_page_shown_at_a_deeper_url_still_links_home()
    {
        var page = await NewPage();
        await page.RouteAsync("**/content/fr-fr/no/such/page.html", async route =>
            await route.FulfillAsync(new() { Status = 404, ContentType = "text/html; charset=utf-8", Path = Path.Combine(site.SiteFolder, "content/fr-fr/404.html") }));
        await page.GotoAsync($"{site.Origin}/content/fr-fr/no/such/page.html");

        await page.ClickAsync(".not-found a");
        await page.ArriveAtAsync($"{site.Origin}/content/fr-fr/index.html");
        Assert.Equal("Espace partenaires opéré par 21Vianet", await page.Locator(".site-title").InnerTextAsync());
    }

    [Fact]
    public async Task The_skip_link_is_the_first_stop_and_visible_when_focused()
    {
        var page = await NewPage();
        await Open(page, $"{site.Origin}/content/fr-fr/billing.html");
        await page.Keyboard.PressAsync("Tab");

        var focused = page.Locator(":focus");
        Assert.Equal("skip-link", await focused.GetAttributeAsync("class"));
        Assert.True((await focused.BoundingBoxAsync())!.X >= 0);
        Directory.CreateDirectory(ReaderSiteFixture.ScreenshotFolder);
        await page.ScreenshotAsync(new() { Path = Path.Combine(ReaderSiteFixture.ScreenshotFolder, "skip-link-focus.png"), Clip = new() { X = 0, Y = 0, Width = 1280, Height = 200 } });
        await page.Keyboard.PressAsync("Enter");
        Assert.Equal("main", await page.EvaluateAsync<string>("document.activeElement.id"));
    }

    [Theory]
    [InlineData("en-us")]
    [InlineData("es-es")]
    [InlineData("fr-fr")]
    public async Task Screenshots_of_a_topic_page_in_light_and_dark(string locale)
    {
        Directory.CreateDirectory(ReaderSiteFixture.ScreenshotFolder);
        foreach (var (scheme, name) in new[] { (ColorScheme.Light, "light"), (ColorScheme.Dark, "dark") })
        {
            var page = await NewPage(colorScheme: scheme);
            await Open(page, $"{site.Origin}/content/{locale}/billing.html");
            var file = Path.Combine(ReaderSiteFixture.ScreenshotFolder, $"billing-{locale}-{name}.png");
            await page.ScreenshotAsync(new() { Path = file });
            Assert.True(new FileInfo(file).Length > 10_000, file);
        }

        var phone = await NewPage(viewport: new ViewportSize { Width = 390, Height = 844 });
        await Open(phone, $"{site.Origin}/content/{locale}/billing.html");
        await phone.ScreenshotAsync(new() { Path = Path.Combine(ReaderSiteFixture.ScreenshotFolder, $"billing-{locale}-phone.png") });
        Assert.Equal(0, await phone.Locator("#site-nav a").CountAsync());
        await phone.ClickAsync(".nav-toggle");
        await NavReady(phone);
        Assert.Equal("true", await phone.GetAttributeAsync(".nav-toggle", "aria-expanded"));
        Assert.True(await phone.Locator("#site-nav a[aria-current=page]").IsVisibleAsync());
        await phone.ScreenshotAsync(new() { Path = Path.Combine(ReaderSiteFixture.ScreenshotFolder, $"billing-{locale}-phone-menu.png") });
    }

    [Fact]
    public async Task The_search_results_page_has_the_navigation_switcher_and_favicon_of_a_topic()
    {
        var page = await NewPage(locale: "es-ES");
        var failed = new List<string>();
        page.Response += (_, response) => { if (response.Status >= 400) failed.Add(response.Url); };
        await page.GotoAsync($"{site.Origin}/content/es-es/search.html?q=factura", new() { WaitUntil = WaitUntilState.NetworkIdle });
        await NavReady(page);

        Assert.Equal("Centro de partners operado por 21Vianet", await page.Locator(".site-title").InnerTextAsync());
        Assert.True(await page.Locator("#site-nav a[href$='billing.html']").CountAsync() > 0);
        Assert.Equal(3, await page.Locator(".language-switcher a").CountAsync());
        Assert.Equal("image/svg+xml", await page.GetAttributeAsync("link[rel=icon]", "type"));
        Assert.Empty(failed);
    }

    [Fact]
    public async Task In_this_article_marks_the_section_being_read()
    {
        var page = await NewPage();
        await Open(page, $"{site.Origin}/content/en-us/billing.html");
        var current = page.Locator(".outline a[aria-current=location]");

        await page.EvaluateAsync("document.getElementById('payment-methods').scrollIntoView()");
        await Assertions.Expect(current).ToHaveAttributeAsync("href", "#payment-methods");
        await page.EvaluateAsync("document.getElementById('billing-cycle').scrollIntoView()");
        await Assertions.Expect(current).ToHaveAttributeAsync("href", "#billing-cycle");
        Assert.Equal(1, await current.CountAsync());
    }

    [Fact]
    public async Task On_a_phone_in_this_article_is_a_collapsed_block_above_the_article()
    {
        var phone = await NewPage(viewport: new ViewportSize { Width = 390, Height = 844 });
        await Open(phone, $"{site.Origin}/content/fr-fr/billing.html");
        var block = phone.Locator("main .outline-inline");

        Assert.False(await phone.Locator("aside.outline").IsVisibleAsync());
        Assert.Equal("Dans cet article", await block.Locator("summary").InnerTextAsync());
        Assert.True((await block.BoundingBoxAsync())!.Y < (await phone.Locator("article").BoundingBoxAsync())!.Y);
        Assert.False(await block.Locator("a").First.IsVisibleAsync());
        await block.Locator("summary").ClickAsync();
        var link = block.Locator("a").Nth(1);
        var href = await link.GetAttributeAsync("href");
        await link.ClickAsync();
        await phone.ArriveAtAsync("/fr-fr/billing.html" + href);
    }

    [Theory]
    [InlineData("es-es")]
    [InlineData("fr-fr")]
    public async Task Breadcrumbs_stay_on_one_line_on_a_phone(string locale)
    {
        var phone = await NewPage(viewport: new ViewportSize { Width = 390, Height = 844 });
        await Open(phone, $"{site.Origin}/content/{locale}/update-your-partner-profile.html");
        var crumbs = phone.Locator(".breadcrumbs li");

        Assert.True(await crumbs.CountAsync() >= 2);
        var boxes = await Task.WhenAll((await crumbs.AllAsync()).Select(c => c.BoundingBoxAsync()));
        var lineHeight = await phone.EvaluateAsync<double>("parseFloat(getComputedStyle(document.querySelector('.breadcrumbs li')).lineHeight)");
        Assert.All(boxes, box => Assert.Equal(boxes[0]!.Y, box!.Y));
        Assert.All(boxes, box => Assert.True(box!.Height < 2 * lineHeight, $"a crumb wraps: {box.Height}px"));
        Assert.True(boxes[^1]!.X + boxes[^1]!.Width <= 390, "the trail fits the screen");
        Directory.CreateDirectory(ReaderSiteFixture.ScreenshotFolder);
        await phone.ScreenshotAsync(new() { Path = Path.Combine(ReaderSiteFixture.ScreenshotFolder, $"breadcrumbs-{locale}-phone.png"), Clip = new() { X = 0, Y = 0, Width = 390, Height = 300 } });
    }

    /// <summary>Opens a page and, when it shows the navigation, waits until site.js has loaded and inserted it (after the load event).</summary>
    private static async Task Open(IPage page, string url)
    {
        await page.GotoAsync(url);
        await NavReady(page);
    }

    private static async Task NavReady(IPage page)
    {
        if (await page.Locator("#site-nav").IsVisibleAsync())
        {
            await page.WaitForSelectorAsync("#site-nav[data-ready]", new() { State = WaitForSelectorState.Attached });
        }
    }

    private async Task<IPage> NewPage(string locale = "en-US", ColorScheme colorScheme = ColorScheme.Light, ViewportSize? viewport = null)
    {
        var context = await site.Browser.NewContextAsync(new()
        {
            Locale = locale,
            ColorScheme = colorScheme,
            ViewportSize = viewport ?? new ViewportSize { Width = 1280, Height = 900 },
        });
        context.SetDefaultTimeout(60_000); // the machine is shared: allow for a slow moment
        return await context.NewPageAsync();
    }
}
