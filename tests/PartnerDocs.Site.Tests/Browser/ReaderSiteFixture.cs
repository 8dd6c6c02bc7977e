using Microsoft.Playwright;
using PartnerDocs.Tests.Site;
using PartnerDocs.Preview;

namespace PartnerDocs.Tests.Browser;

/// <summary>
/// Built once per test run: the project's content/ at /content/, a docset whose French lacks a topic at /fallback/
/// and the real Spanish/French corpus at /corpus/,
/// served on loopback, with one headless Debian chromium.
/// </summary>
public sealed class ReaderSiteFixture : IAsyncLifetime
{
    private readonly TempDocset output = TempDocset.Create();
    private readonly TempDocset fallbackDocset = ReaderDocset.Create();
    private readonly TempDocset realCorpus = TempDocset.RealCorpus();
    private StaticFileServer? server;
    private TestBrowser? browser;

    public string Origin => server!.Origin;

    /// <summary>The folder served at <see cref="Origin"/>, for file:// URLs.</summary>
    public string SiteFolder => output.PathOf("site");

    public IBrowser Browser => browser!.Browser;

    /// <summary>Where screenshots go: beside the test binaries.</summary>
    public static string ScreenshotFolder { get; } = Path.Combine(AppContext.BaseDirectory, "screenshots");

    public async Task InitializeAsync()
    {
        BuildInto(Path.Combine(TestPaths.RepoRoot, "content"), output.PathOf("site/content"));
        BuildInto(fallbackDocset.Root, output.PathOf("site/fallback"));
        BuildInto(realCorpus.Root, output.PathOf("site/corpus"));
        server = new StaticFileServer(output.PathOf("site")).Start();
        browser = await TestBrowser.LaunchAsync();
    }

    public async Task DisposeAsync()
    {
        if (browser is not null)
        {
            await browser.DisposeAsync();
        }
        server?.Dispose();
        output.Dispose();
        fallbackDocset.Dispose();
        realCorpus.Dispose();
    }

    private static void BuildInto(string docset, string target)
    {
        var result = Cli.CliRunner.Run("build", docset, "-o", target);
        if (result.ExitCode != 0)
        {
            throw new InvalidOperationException($"building {docset} failed: {result.Stderr}");
        }
    }
}

[CollectionDefinition(Name)]
public sealed class ReaderSiteCollection : ICollectionFixture<ReaderSiteFixture>
{
    public const string Name = "reader site in a browser";
}
