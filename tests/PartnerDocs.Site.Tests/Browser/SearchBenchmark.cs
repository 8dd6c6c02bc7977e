using System.Collections.Concurrent;
using System.Diagnostics;
using System.IO.Compression;
using Microsoft.Playwright;
using PartnerDocs.Preview;
using Xunit.Abstractions;

namespace PartnerDocs.Tests.Browser;

/// <summary>Runs only when bench/search.sh sets PARTNERDOCS_SEARCH_BENCH_SITE to a built site; prints "bench:" lines, asserts nothing about speed.</summary>
public sealed class SearchBenchmarkFactAttribute : FactAttribute
{
    public SearchBenchmarkFactAttribute()
    {
        if (Environment.GetEnvironmentVariable(SearchBenchmark.SiteVariable) is null)
        {
            Skip = $"benchmark: set {SearchBenchmark.SiteVariable} (bench/search.sh does)";
        }
    }
}

/// <summary>
/// Bytes a reader transfers for a first and a second query, PartnerDocs (the search box) and Pagefind (its JS API, the
/// data of the first 5 results) on the same built site, each file counted gzipped (-9) as a server would send it;
/// Pagefind's own files are already compressed, so gzip barely changes them.
/// </summary>
public class SearchBenchmark(ITestOutputHelper output)
{
    public const string SiteVariable = "PARTNERDOCS_SEARCH_BENCH_SITE";

    private static readonly string[] Queries =
        (Environment.GetEnvironmentVariable("PARTNERDOCS_SEARCH_BENCH_QUERIES") ?? "factura,suscripción").Split(',');

    [SearchBenchmarkFact]
    public async Task Bytes_for_a_first_and_a_second_query_partnerdocs_and_pagefind()
    {
        var root = Environment.GetEnvironmentVariable(SiteVariable)!;
        var locale = Environment.GetEnvironmentVariable("PARTNERDOCS_SEARCH_BENCH_LOCALE") ?? "es-es";
        using var server = new StaticFileServer(root).Start();
        await using var chromium = await TestBrowser.LaunchAsync();
        var browser = chromium.Browser;

        var page = await browser.NewPageAsync();
        var requested = Track(page, server.Origin);
        await page.GotoAsync($"{server.Origin}/{locale}/index.html");
        for (var i = 0; i < Queries.Length; i++)
        {
            requested.Clear();
            var clock = Stopwatch.StartNew();
            await page.FocusAsync("#search-input");
            await page.FillAsync("#search-input", Queries[i]);
            await Assertions.Expect(page.Locator("#search-suggestions [role=option]").First).ToBeVisibleAsync(new() { Timeout = 120_000 });
            await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
            Report($"partnerdocs query {i + 1} '{Queries[i]}' on {locale}: {GzipBytes(root, requested)} B gz in {requested.Count} files, {clock.ElapsedMilliseconds} ms");
        }
        await page.CloseAsync();

        if (!File.Exists(Path.Combine(root, "pagefind", "pagefind.js")))
            return;
        page = await browser.NewPageAsync();
        requested = Track(page, server.Origin);
        await page.GotoAsync($"{server.Origin}/{locale}/index.html");
        for (var i = 0; i < Queries.Length; i++)
        {
            requested.Clear();
            var clock = Stopwatch.StartNew();
            var count = await page.EvaluateAsync<int>("""
                async query => {
                  const pagefind = window.pf || (window.pf = await import("/pagefind/pagefind.js"));
                  const search = await pagefind.search(query);
                  await Promise.all(search.results.slice(0, 5).map(r => r.data()));
                  return search.results.length;
                }
                """, Queries[i]);
            Report($"pagefind query {i + 1} '{Queries[i]}' on {locale}: {GzipBytes(root, requested)} B gz in {requested.Count} files, {count} results, {clock.ElapsedMilliseconds} ms");
        }
    }

    // Local paths of the files the page requests from the server (the HTML page itself excluded).
    private static ConcurrentBag<string> Track(IPage page, string origin)
    {
        var requested = new ConcurrentBag<string>();
        page.RequestFinished += (_, request) =>
        {
            if (request.Url.StartsWith(origin, StringComparison.Ordinal) && !request.Url.EndsWith(".html", StringComparison.Ordinal))
                requested.Add(Uri.UnescapeDataString(new Uri(request.Url).AbsolutePath));
        };
        return requested;
    }

    private static long GzipBytes(string root, IEnumerable<string> paths) => paths.Sum(path =>
    {
        using var compressed = new MemoryStream();
        using (var gzip = new GZipStream(compressed, CompressionLevel.SmallestSize, leaveOpen: true))
            gzip.Write(File.ReadAllBytes(Path.Combine(root, path.TrimStart('/'))));
        return compressed.Length;
    });

    private void Report(string line)
    {
        output.WriteLine("bench: " + line);
        Console.WriteLine("bench: " + line);
    }
}
