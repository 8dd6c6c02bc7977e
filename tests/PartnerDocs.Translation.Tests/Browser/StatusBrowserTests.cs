using System.Text.Json;
using Microsoft.Playwright;
using PartnerDocs.Preview;
using PartnerDocs.Tests.Cli;
using static PartnerDocs.Tests.Translation.StatusDocsets;

namespace PartnerDocs.Tests.Browser;

/// <summary>The status report the build publishes at OUT/_status/, in Debian's chromium: accessible, sortable, linked to the site.</summary>
public sealed class StatusBrowserTests : IAsyncLifetime
{
    private static readonly string AxeScript = Path.Combine(TestPaths.RepoRoot, "node_modules", "axe-core", "axe.min.js");
    private readonly TempDocset docset = ThreeTopics("status: true\n");
    private StaticFileServer? server;
    private TestBrowser? chromium;

    public async Task InitializeAsync()
    {
        // es-es: accounts missing (7 words); both: billing stale (16 words); fr-fr: index machine-translated.
        File.Delete(docset.PathOf("es-es/accounts.md"));
        docset.Replace("en-us/billing.md", "every charge.", "every charge and credit.");
        docset.Replace("fr-fr/index.md", "title: Home", "title: Accueil\nms.translationtype: MT");
        var build = CliRunner.Run("build", docset.Root, "-o", docset.OutputPath, "--no-search");
        Assert.True(build.ExitCode == 0, build.Stderr);
        server = new StaticFileServer(docset.OutputPath).Start();
        chromium = await TestBrowser.LaunchAsync();
    }

    public async Task DisposeAsync()
    {
        await chromium!.DisposeAsync();
        server?.Dispose();
        docset.Dispose();
    }

    [Theory]
    [InlineData(ColorScheme.Light)]
    [InlineData(ColorScheme.Dark)]
    public async Task Axe_finds_no_violations_and_nothing_is_requested_from_elsewhere(ColorScheme scheme)
    {
        var page = await NewPage(scheme);
        var requests = new List<string>();
        page.Request += (_, request) => requests.Add(request.Url);

        await page.GotoAsync($"{server!.Origin}/_status/");

        Assert.All(requests, url => Assert.StartsWith(server.Origin + "/", url));
        await page.AddScriptTagAsync(new() { Path = AxeScript });
        var violations = await page.EvaluateAsync<JsonElement>(
            "async () => (await axe.run(document, { resultTypes: ['violations'] })).violations.map(v => v.id + ': ' + v.nodes.map(n => n.target.join(' ')).join(' | '))");
        Assert.True(violations.GetArrayLength() == 0, $"{scheme}: {violations}");
    }

    [Fact]
    public async Task Sorting_a_column_orders_the_rows_and_a_state_links_to_the_topic_page()
    {
        var page = await NewPage(ColorScheme.Light);
        await page.GotoAsync($"{server!.Origin}/_status/");
        Assert.Equal(["accounts.md", "billing.md", "index.md"], await TopicOrder(page));

        await page.ClickAsync("#topics th button:text-is('Words')");
        Assert.Equal("ascending", await page.GetAttributeAsync("#topics th:nth-child(2)", "aria-sort"));
        Assert.Null(await page.GetAttributeAsync("#topics th:nth-child(1)", "aria-sort"));
        Assert.Equal(["index.md", "accounts.md", "billing.md"], await TopicOrder(page));   // 3, 7, 16 words

        // The es-es column, most work last: current index, then stale billing, then missing accounts; again reverses.
        await page.ClickAsync("#topics th button:text-is('es-es')");
        Assert.Equal(["index.md", "billing.md", "accounts.md"], await TopicOrder(page));
        await page.ClickAsync("#topics th button:text-is('es-es')");
        Assert.Equal("descending", await page.GetAttributeAsync("#topics th:nth-child(4)", "aria-sort"));
        Assert.Equal(["accounts.md", "billing.md", "index.md"], await TopicOrder(page));

        await page.ClickAsync("#topics tbody tr:has-text('billing.md') td:nth-child(5) a");
        await page.ArriveAtAsync("/fr-fr/billing.html");
        Assert.Equal("Billing", await page.InnerTextAsync("article h1"));
    }

    private static async Task<IReadOnlyList<string>> TopicOrder(IPage page) =>
        await page.Locator("#topics tbody tr td:first-child .path").AllInnerTextsAsync();

    private async Task<IPage> NewPage(ColorScheme scheme)
    {
        var context = await chromium!.Browser.NewContextAsync(new() { ColorScheme = scheme, ViewportSize = new ViewportSize { Width = 1280, Height = 900 } });
        context.SetDefaultTimeout(60_000); // the machine is shared: allow for a slow moment
        return await context.NewPageAsync();
    }
}
