using System.Collections.Concurrent;
using Ganss.Xss;
using PartnerDocs.Paths;

namespace PartnerDocs.Markdown.RawHtml;

/// <summary>
/// The raw-HTML allow-list for documentation (HtmlSanitizer): text markup, tables, lists, images and media, details/summary,
/// anchors (<c>&lt;a name&gt;</c>, <c>id</c>), with URLs limited to <see cref="UrlPolicy"/>. Everything else is removed:
/// scripts, event handlers, frames, forms, embeds. Text inside a removed element stays, except in script-like elements.
/// </summary>
public sealed class DocsHtmlSanitizer
{
    private static readonly HashSet<string> AllowedTagSet = new(StringComparer.OrdinalIgnoreCase)
    {
        "a", "abbr", "article", "aside", "audio", "b", "bdi", "bdo", "big", "blockquote", "br", "caption", "center", "cite",
        "code", "col", "colgroup", "dd", "del", "details", "dfn", "div", "dl", "dt", "em", "figcaption", "figure", "font",
        "footer", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr", "i", "img", "input", "ins", "kbd", "li", "main", "mark",
        "nav", "ol", "p", "picture", "pre", "q", "rp", "rt", "ruby", "s", "samp", "section", "small", "source", "span",
        "strike", "strong", "sub", "summary", "sup", "table", "tbody", "td", "tfoot", "th", "thead", "time", "tr", "track",
        "tt", "u", "ul", "var", "video", "wbr",
    };

    public static IReadOnlySet<string> AllowedTags => AllowedTagSet;

    /// <summary>The allowed tags looked up by a span of the HTML, giving the allow-list's own string.</summary>
    internal static HashSet<string>.AlternateLookup<ReadOnlySpan<char>> AllowedTagNames { get; } = AllowedTagSet.GetAlternateLookup<ReadOnlySpan<char>>();

    public static IReadOnlySet<string> AllowedAttributes { get; } = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "abbr", "align", "alt", "aria-describedby", "aria-hidden", "aria-label", "aria-labelledby", "bgcolor", "border",
        "cellpadding", "cellspacing", "checked", "cite", "class", "color", "colspan", "controls", "datetime", "dir",
        "disabled", "face", "headers", "height", "href", "hreflang", "id", "kind", "label", "lang", "loading", "loop",
        "muted", "name", "nowrap", "open", "poster", "preload", "rel", "reversed", "role", "rowspan", "scope", "size",
        "sizes", "span", "src", "srclang", "srcset", "start", "style", "target", "title", "type", "valign", "value", "width",
    };

    // Removed with their content: it is code or markup, not text a reader should see.
    private static readonly HashSet<string> DropContent = new(StringComparer.OrdinalIgnoreCase)
    {
        "script", "style", "template", "textarea", "iframe", "object", "embed", "noscript", "noembed", "noframes", "xmp", "title", "select",
    };

    private static readonly ThreadLocal<DocsHtmlSanitizer> PerThread = new(() => new DocsHtmlSanitizer());
    private static readonly ConcurrentDictionary<string, IReadOnlyList<string>> RemovalsByTag = new(StringComparer.Ordinal);

    private readonly HtmlSanitizer sanitizer;
    private List<string>? removals;

    private DocsHtmlSanitizer()
    {
        sanitizer = new HtmlSanitizer(new HtmlSanitizerOptions
        {
            AllowedTags = new HashSet<string>(AllowedTags, StringComparer.OrdinalIgnoreCase),
            AllowedAttributes = new HashSet<string>(AllowedAttributes, StringComparer.OrdinalIgnoreCase),
            AllowedSchemes = new HashSet<string>(UrlPolicy.AllowedSchemes, StringComparer.OrdinalIgnoreCase),
            // No positioning: raw HTML must not lay boxes over the page's own navigation.
            AllowedCssProperties = new HashSet<string>(HtmlSanitizerDefaults.AllowedCssProperties.Except(["position", "z-index"]), StringComparer.OrdinalIgnoreCase),
            UriAttributes = new HashSet<string>(HtmlSanitizerDefaults.UriAttributes, StringComparer.OrdinalIgnoreCase),
            UriListAttributes = new HashSet<string>(HtmlSanitizerDefaults.UriListAttributes, StringComparer.OrdinalIgnoreCase),
        })
        {
            KeepChildNodes = true,
        };
        sanitizer.RemovingTag += (_, e) =>
        {
            if (DropContent.Contains(e.Tag.LocalName))
            {
                e.Tag.InnerHtml = "";
            }

            removals?.Add($"<{e.Tag.LocalName}>");
        };
        sanitizer.RemovingAttribute += (_, e) =>
        {
            // An href/src with an unsafe scheme is link.unsafe-scheme's finding, not this one's.
            if (!(e.Reason == RemoveReason.NotAllowedUrlValue && HtmlScanner.IsUrlAttribute(e.Attribute.Name)))
            {
                removals?.Add($"{e.Attribute.Name}= on <{e.Tag.LocalName}>");
            }
        };
        sanitizer.RemovingStyle += (_, e) => removals?.Add($"style '{e.Style.Name}' on <{e.Tag.LocalName}>");
    }

    /// <summary>The HTML with everything outside the allow-list removed.</summary>
    public static string Sanitize(string html) => PerThread.Value!.sanitizer.Sanitize(html);

    /// <summary>What sanitizing one start tag removes, e.g. "&lt;script&gt;" or "onerror= on &lt;img&gt;"; empty when it is allowed.</summary>
    public static IReadOnlyList<string> Removals(ReadOnlySpan<char> startTag) =>
        AllowListedHtml.IsAllowedStartTag(startTag) ? [] : SanitizerRemovals(startTag.ToString());

    /// <summary><see cref="Removals"/> as the sanitizer itself finds them, without the <see cref="AllowListedHtml"/> proof.</summary>
    internal static IReadOnlyList<string> SanitizerRemovals(string startTag) =>
        startTag.Length > 512 ? PerThread.Value!.Collect(startTag) : RemovalsByTag.GetOrAdd(startTag, tag => PerThread.Value!.Collect(tag));

    private List<string> Collect(string html)
    {
        removals = [];
        try
        {
            sanitizer.Sanitize(html);
            return removals;
        }
        finally
        {
            removals = null;
        }
    }
}
