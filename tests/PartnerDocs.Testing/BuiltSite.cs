using System.Text.Json;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;

namespace PartnerDocs.Tests.Site;

/// <summary>Reads a built site back: pages as DOM, and each locale's navigation script as DOM.</summary>
public sealed class BuiltSite(string root)
{
    private static readonly HtmlParser Parser = new();

    public string Root { get; } = root;

    public IHtmlDocument Page(string relative) => Parser.ParseDocument(File.ReadAllText(Path.Combine(Root, relative)));

    public bool Exists(string relative) => File.Exists(Path.Combine(Root, relative));

    /// <summary>The navigation HTML that site.js inserts, decoded from OUT/&lt;locale&gt;/nav.js.</summary>
    public IHtmlDocument Navigation(string locale)
    {
        var script = File.ReadAllText(Path.Combine(Root, locale, "nav.js"));
        var json = script[(script.IndexOf('=') + 1)..].Trim().TrimEnd(';');
        return Parser.ParseDocument(JsonSerializer.Deserialize<string>(json)!);
    }
}
