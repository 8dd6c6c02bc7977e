using System.Net;
using PartnerDocs.Preview;

namespace PartnerDocs.Tests.Preview;

public class StaticFileServerTests
{
    [Theory]
    [InlineData("/en-us/c++-guide.html", "en-us/c++-guide.html")]
    [InlineData("/en-us/c%2B%2B-guide.html", "en-us/c++-guide.html")]
    [InlineData("/en-us/a%20b.html", "en-us/a b.html")]
    [InlineData("/es-es/facturaci%C3%B3n.html", "es-es/facturación.html")]
    [InlineData("/en-us/%00.html", null)]
    [InlineData("/en-us/%0d%0a.html", null)]
    [InlineData("/en-us/..%2f..%2fsecret", null)]
    [InlineData("/en-us/a%5cb.html", null)]
    public void Url_paths_are_decoded_as_paths_and_anything_else_is_refused(string raw, string? expected)
    {
        Assert.Equal(expected, StaticFileServer.DecodePath(raw));
    }

    [Fact]
    public async Task Serves_files_with_plus_in_their_names_and_answers_400_or_404_never_200_for_bad_paths()
    {
        using var site = TempDocset.Create(("en-us/c++-guide.html", "<p>C++</p>"), ("en-us/404.html", "<p>Not found</p>"));
        await using var server = new StaticFileServer(site.Root).Start();
        using var http = new HttpClient { BaseAddress = new Uri(server.Origin) };

        Assert.Equal("<p>C++</p>", await http.GetStringAsync("/en-us/c++-guide.html"));
        Assert.Equal(HttpStatusCode.BadRequest, (await http.GetAsync("/en-us/%00.html")).StatusCode);
        var missing = await http.GetAsync("/en-us/missing.html");
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        Assert.Contains("Not found", await missing.Content.ReadAsStringAsync());
    }
}
