using System.Net;
using PartnerDocs.Preview;
using PartnerDocs.Rendering;

namespace PartnerDocs.Tests.Preview;

public class PreviewSessionTests
{
    [Fact]
    public async Task Serves_pages_with_live_reload_and_rebuilds_when_a_topic_changes()
    {
        using var docset = TempDocset.Create(("en-us/TOC.md", "# [Home](index.md)\n"), ("en-us/index.md", "# Home\n\nFirst version.\n"));
        await using var session = new PreviewSession(docset.Root, TemplateLocator.Default(), AnyPort, _ => { });
        await session.StartAsync();
        using var http = new HttpClient { BaseAddress = new Uri(session.Url) };

        var page = await http.GetStringAsync("en-us/index.html");
        Assert.Contains("First version.", page);
        Assert.Contains(LiveReload.ScriptPath, page);
        Assert.StartsWith("http://127.0.0.1:", session.Url);

        var before = session.Version;
        docset.Write("en-us/index.md", "# Home\n\nSecond version.\n");
        var version = await http.GetStringAsync($"{LiveReload.VersionPath.TrimStart('/')}?since={before}");

        Assert.True(int.Parse(version) > before);
        Assert.Contains("Second version.", await http.GetStringAsync("en-us/index.html"));
    }

    [Fact]
    public async Task A_created_topic_is_served_listed_and_searchable_and_a_deleted_one_is_gone()
    {
        using var docset = TempDocset.Create(("en-us/TOC.md", "# [Home](index.md)\n## [Brand new](new.md)\n"), ("en-us/index.md", "# Home\n"));
        var log = new List<string>();
        await using var session = new PreviewSession(docset.Root, TemplateLocator.Default(), AnyPort, message => { lock (log) { log.Add(message); } });
        await session.StartAsync();
        using var http = new HttpClient { BaseAddress = new Uri(session.Url) };

        docset.Write("en-us/new.md", "# Brand new\n\nZebrafish.\n");
        await session.UpdateAsync([docset.PathOf("en-us/new.md")]);
        await session.IdleAsync();

        Assert.Contains("Zebrafish", await http.GetStringAsync("en-us/new.html"));
        Assert.Contains("new.html", await http.GetStringAsync("en-us/nav.js"));
        Assert.Contains("\"Brand new\"", await http.GetStringAsync("en-us/search/d0.js"));
        lock (log)
        {
            Assert.Contains(log, line => line.StartsWith("updated en-us/new.md", StringComparison.Ordinal));
            Assert.Single(log, line => line.StartsWith("built", StringComparison.Ordinal)); // no full rebuild
        }

        File.Delete(docset.PathOf("en-us/new.md"));
        await session.UpdateAsync([docset.PathOf("en-us/new.md")]);
        await session.IdleAsync();

        Assert.Equal(HttpStatusCode.NotFound, (await http.GetAsync("en-us/new.html")).StatusCode);
        Assert.DoesNotContain("new.html", await http.GetStringAsync("en-us/nav.js"));
        Assert.DoesNotContain("\"Brand new\"", await http.GetStringAsync("en-us/search/d0.js"));
    }

    [Fact]
    public async Task A_failed_rebuild_is_logged_and_shown_to_open_pages_until_a_rebuild_succeeds()
    {
        using var docset = TempDocset.Create(("en-us/TOC.md", "# [Home](index.md)\n"), ("en-us/index.md", "# Home\n"));
        var log = new List<string>();
        await using var session = new PreviewSession(docset.Root, TemplateLocator.Default(), AnyPort, message => { lock (log) { log.Add(message); } });
        await session.StartAsync();
        using var http = new HttpClient { BaseAddress = new Uri(session.Url) };
        Assert.Equal("", await http.GetStringAsync(LiveReload.ErrorPath.TrimStart('/')));

        Directory.Move(docset.PathOf("en-us"), docset.PathOf("moved"));
        await session.RebuildAsync();

        var error = await http.GetStringAsync(LiveReload.ErrorPath.TrimStart('/'));
        Assert.Contains("no locale folder", error);
        lock (log)
        {
            Assert.Contains(log, line => line.StartsWith("build failed", StringComparison.Ordinal) && line.Contains("no locale folder"));
        }

        Assert.Contains("partnerdocs-build-error", await http.GetStringAsync(LiveReload.ScriptPath.TrimStart('/')));

        Directory.Move(docset.PathOf("moved"), docset.PathOf("en-us"));
        await session.RebuildAsync();

        Assert.Equal("", await http.GetStringAsync(LiveReload.ErrorPath.TrimStart('/')));
    }

    [Fact]
    public async Task After_a_failed_rebuild_a_topic_edit_rebuilds_the_whole_site_and_the_error_stays_until_it_is_fixed()
    {
        using var docset = TempDocset.Create(("en-us/TOC.md", "# [Home](index.md)\n"), ("en-us/index.md", "# Home\n"));
        using var templates = TempDocset.Create(("partials/head-extra.sbn-html", "<meta name=\"mine\">"));
        var log = new List<string>();
        await using var session = new PreviewSession(docset.Root, templates.Root, AnyPort, message => { lock (log) { log.Add(message); } });
        await session.StartAsync();
        using var http = new HttpClient { BaseAddress = new Uri(session.Url) };

        templates.Write("partials/head-extra.sbn-html", "{{ if }}");
        await session.UpdateAsync([templates.PathOf("partials/head-extra.sbn-html")]);
        docset.Write("en-us/index.md", "# Home\n\nEdited.\n");
        await session.UpdateAsync([docset.PathOf("en-us/index.md")]);

        Assert.Contains("head-extra.sbn-html", await http.GetStringAsync(LiveReload.ErrorPath.TrimStart('/')));
        lock (log)
        {
            Assert.DoesNotContain(log, line => line.StartsWith("updated", StringComparison.Ordinal));
        }

        templates.Write("partials/head-extra.sbn-html", "<meta name=\"mine\">");
        await session.UpdateAsync([templates.PathOf("partials/head-extra.sbn-html")]);

        Assert.Equal("", await http.GetStringAsync(LiveReload.ErrorPath.TrimStart('/')));
        Assert.Contains("Edited.", await http.GetStringAsync("en-us/index.html"));
    }

    [Theory]
    [InlineData("../../../../etc/passwd")]
    [InlineData("%2e%2e/%2e%2e/%2e%2e/etc/passwd")]
    [InlineData("en-us/missing.html")]
    public async Task Nothing_outside_the_site_and_no_missing_page_is_served(string path)
    {
        using var docset = TempDocset.Create(("en-us/TOC.md", "# [Home](index.md)\n"), ("en-us/index.md", "# Home\n"));
        await using var session = new PreviewSession(docset.Root, TemplateLocator.Default(), AnyPort, _ => { });
        await session.StartAsync();
        using var http = new HttpClient();

        var response = await http.GetAsync(session.Url + path);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.DoesNotContain("root:", await response.Content.ReadAsStringAsync());
    }

    // Port 0: the server probes a free port itself and probes again if another test takes it first (a port probed here
    // could be taken before the server listens on it).
    private const int AnyPort = 0;
}
