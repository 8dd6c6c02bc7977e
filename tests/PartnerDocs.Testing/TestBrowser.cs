using Microsoft.Playwright;

namespace PartnerDocs.Tests;

/// <summary>The one way tests start a browser: Debian's headless Chromium (/usr/bin/chromium) through Playwright, quiet and offline.</summary>
public sealed class TestBrowser : IAsyncDisposable
{
    private readonly IPlaywright playwright;

    private TestBrowser(IPlaywright playwright, IBrowser browser)
    {
        this.playwright = playwright;
        Browser = browser;
    }

    public IBrowser Browser { get; }

    public static async Task<TestBrowser> LaunchAsync()
    {
        var playwright = await Playwright.CreateAsync();
        var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = "/usr/bin/chromium",
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
        });
        return new TestBrowser(playwright, browser);
    }

    /// <summary>A new page showing <paramref name="relative"/> (e.g. "es-es/index.html", optionally with "?q=...") of the site in <paramref name="siteRoot"/>, from file://.</summary>
    public async Task<IPage> OpenFileAsync(string siteRoot, string relative)
    {
        var page = await Browser.NewPageAsync();
        var query = relative.IndexOf('?');
        var file = query < 0 ? relative : relative[..query];
        await page.GotoAsync(new Uri(Path.Combine(siteRoot, file)).AbsoluteUri + (query < 0 ? "" : relative[query..]));
        return page;
    }

    public async ValueTask DisposeAsync()
    {
        await Browser.CloseAsync();
        playwright.Dispose();
    }
}
