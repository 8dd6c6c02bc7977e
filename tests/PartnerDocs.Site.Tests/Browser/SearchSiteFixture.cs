using Microsoft.Playwright;

namespace PartnerDocs.Tests.Browser;

/// <summary>The project's content/ docset built once with search, and a headless Debian Chromium opening it from file://.</summary>
public sealed class SearchSiteFixture : IAsyncLifetime
{
    private readonly TempDocset output = new();
    private TestBrowser? browser;

    public string SiteRoot => output.PathOf("_site");

    public IBrowser Browser => browser!.Browser;

    public async Task InitializeAsync()
    {
        var result = Cli.CliRunner.Run("build", Path.Combine(TestPaths.RepoRoot, "content"), "-o", SiteRoot);
        Assert.True(result.ExitCode == 0, result.Stderr);
        browser = await TestBrowser.LaunchAsync();
    }

    /// <summary>A new page showing <paramref name="relative"/> (e.g. "es-es/index.html", optionally with "?q=...").</summary>
    public Task<IPage> OpenAsync(string relative) => browser!.OpenFileAsync(SiteRoot, relative);

    public async Task DisposeAsync()
    {
        if (browser is not null)
        {
            await browser.DisposeAsync();
        }

        output.Dispose();
    }
}
