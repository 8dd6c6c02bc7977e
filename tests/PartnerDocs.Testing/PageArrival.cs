using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace PartnerDocs.Tests;

/// <summary>
/// Waits for a page to reach a URL and finish loading. Not Playwright's WaitForURLAsync: its .NET client checks the
/// frame's load states and only then subscribes to them, on another thread, so a load event that fires in between is
/// missed and the wait times out (it did in CI, once).
/// </summary>
public static class PageArrival
{
    private static readonly PageAssertionsToHaveURLOptions Patient = new() { Timeout = 60_000 };

    /// <summary>Returns once the page's URL ends with <paramref name="urlEnd"/> and its document is complete.</summary>
    public static async Task ArriveAtAsync(this IPage page, string urlEnd)
    {
        await Assertions.Expect(page).ToHaveURLAsync(new Regex(Regex.Escape(urlEnd) + "$"), Patient);
        await page.WaitForFunctionAsync("document.readyState === 'complete'");
    }
}
