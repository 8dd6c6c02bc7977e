using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
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

public class SearchBenchmark(ITestOutputHelper output)
{
    public const string SiteVariable = "PARTNERDOCS_SEARCH_BENCH_SITE";

    private static readonly string Query = Environment.GetEnvironmentVariable("PARTNERDOCS_SEARCH_BENCH_QUERY") ?? "factura";

    [SearchBenchmarkFact]
    public async Task Load_to_first_result_and_bytes_for_one_query_lunr_and_pagefind()
    {
        var root = Environment.GetEnvironmentVariable(SiteVariable)!;
        var locale = Directory.Exists(Path.Combine(root, "es-es")) ? "es-es" : Path.GetFileName(Directory.GetDirectories(root).First(d => File.Exists(Path.Combine(d, "search-index.js"))));
        using var server = new StaticFileServer(root).Start();
        await using var chromium = await TestBrowser.LaunchAsync();
        var browser = chromium.Browser;

        foreach (var origin in new[] { "file", "http" })
        {
            var page = await browser.NewPageAsync();
            var url = origin == "file" ? new Uri(Path.Combine(root, locale, "index.html")).AbsoluteUri : $"{server.Origin}/{locale}/index.html";
            await page.GotoAsync(url);
            server.Reset();
            var clock = Stopwatch.StartNew();
            await page.FocusAsync("#search-input");
            await page.Keyboard.TypeAsync(Query);
            await Assertions.Expect(page.Locator("#search-suggestions [role=option]").First).ToBeVisibleAsync(new() { Timeout = 60_000 });
            Report($"lunr ({origin}): load-to-first-result {clock.ElapsedMilliseconds} ms for '{Query}' on {locale}" +
                (origin == "http" ? $", {server.Bytes} B in {server.Requests} requests (uncompressed)" : ""));
            await page.CloseAsync();
        }

        if (File.Exists(Path.Combine(root, "pagefind", "pagefind.js")))
        {
            var page = await browser.NewPageAsync();
            await page.GotoAsync($"{server.Origin}/{locale}/index.html");
            server.Reset();
            var clock = Stopwatch.StartNew();
            var count = await page.EvaluateAsync<int>("""
                async query => {
                  const pagefind = await import("/pagefind/pagefind.js");
                  const search = await pagefind.search(query);
                  await Promise.all(search.results.slice(0, 5).map(r => r.data()));
                  return search.results.length;
                }
                """, Query);
            Report($"pagefind (http): first 5 results of {count} in {clock.ElapsedMilliseconds} ms, {server.Bytes} B in {server.Requests} requests");
        }
    }

    private void Report(string line)
    {
        output.WriteLine("bench: " + line);
        Console.WriteLine("bench: " + line);
    }
}
