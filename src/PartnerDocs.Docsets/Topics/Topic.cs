using System.Text;
using PartnerDocs.Markdown;
using PartnerDocs.Paths;

namespace PartnerDocs.Topics;

/// <summary>One Markdown topic of one locale, parsed once (its facts kept, its syntax tree dropped) and read by every later stage.</summary>
public sealed class Topic
{
    public required string Locale { get; init; }

    /// <summary>Path inside the locale folder with '/' separators, e.g. "billing/read-your-bill.md".</summary>
    public required string Path { get; init; }

    /// <summary>Path relative to the docset root, e.g. "es-es/billing.md".</summary>
    public string File => Locale + "/" + Path;

    public required FrontMatter FrontMatter { get; init; }

    public required ParsedMarkdown Markdown { get; init; }

    private readonly byte[]? body;

    /// <summary>
    /// The Markdown body (front matter removed, line ends "\n"), or null when the docset was loaded without bodies (check,
    /// which never reads them). Held as UTF-8 (half the memory of a string, for 30,000 topics), so each read decodes it.
    /// </summary>
    public required string? Body { get => body is null ? null : Encoding.UTF8.GetString(body); init => body = value is null ? null : Encoding.UTF8.GetBytes(value); }

    /// <summary>The body's length in UTF-16 code units, known also when the body is not kept.</summary>
    public required int BodyLength { get; init; }

    /// <summary>The 1-based file line the body starts on.</summary>
    public required int BodyFirstLine { get; init; }

    /// <summary>For a YAML page, whose body is generated Markdown: the YAML line of each body line; null for Markdown topics.</summary>
    public IReadOnlyList<int>? BodyLines { get; init; }

    /// <summary>
    /// Hash of the Markdown body (front matter excluded), what translations record as their source; null outside the source
    /// locale, since only a source topic's hash is ever compared.
    /// </summary>
    public required string? BodyHash { get; init; }

    /// <summary>Front matter title, else the first H1, else the file name.</summary>
    public string Title => FrontMatter.Title ?? FirstH1() ?? System.IO.Path.GetFileNameWithoutExtension(Path);

    /// <summary>The output page path: "a/b.md" becomes "a/b.html".</summary>
    public string OutputPath => DocsetPath.ToHtml(Path);

    private string? FirstH1()
    {
        foreach (var heading in Markdown.Headings)
        {
            if (heading.Level == 1)
            {
                return heading.Text;
            }
        }

        return null;
    }
}
