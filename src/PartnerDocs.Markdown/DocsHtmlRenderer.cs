using Markdig.Renderers;
using PartnerDocs.Markdown.Includes;
using PartnerDocs.Markdown.RawHtml;
using PartnerDocs.Paths;

namespace PartnerDocs.Markdown;

/// <summary>An HTML renderer for one page at a time: carries the render context and the chain of files being expanded by includes.</summary>
internal sealed class DocsHtmlRenderer : HtmlRenderer
{
    private readonly List<string> files = [];
    private readonly Stack<(string Name, object? Owner)> openRawTags = new();
    private bool rawHtmlUnproven;
    private int expandedChars;

    public DocsHtmlRenderer(StringWriter writer) : base(writer)
    {
        LinkRewriter = RewriteUrl;
    }

    public MarkdownRenderContext Context { get; private set; } = MarkdownRenderContext.Default;

    /// <summary>The HTML written since <see cref="Start"/>.</summary>
    public System.Text.StringBuilder Output => ((StringWriter)Writer).GetStringBuilder();

    /// <summary>Begins a page of <paramref name="file"/>: empty output, no state left from the page before.</summary>
    public void Start(MarkdownRenderContext context, string file)
    {
        Reset();
        Context = context;
        files.Clear();
        files.Add(file);
        openRawTags.Clear();
        rawHtmlUnproven = false;
        expandedChars = 0;
    }

    /// <summary>
    /// Whether raw HTML from the Markdown (or an included file) reached the output that <see cref="AllowListedHtml"/> could not
    /// prove allowed as written (or whose tags do not balance), so the page needs sanitizing.
    /// </summary>
    public bool WroteUnprovenRawHtml => rawHtmlUnproven || openRawTags.Count > 0;

    /// <param name="owner">The inline container (paragraph) of an inline fragment; null for an HTML block.</param>
    public static void WriteRawHtml(HtmlRenderer renderer, string html, object? owner)
    {
        if (renderer is DocsHtmlRenderer docs && !docs.rawHtmlUnproven)
        {
            docs.rawHtmlUnproven = !AllowListedHtml.TryAdd(html, owner, docs.openRawTags);
        }

        renderer.Write(html);
    }

    public static MarkdownRenderContext ContextOf(HtmlRenderer renderer) =>
        renderer is DocsHtmlRenderer docs ? docs.Context : MarkdownRenderContext.Default;

    /// <summary>Applies the context's rewrite, after rebasing URLs written in an included file onto the page.</summary>
    public string RewriteUrl(string url) =>
        Context.RewriteUrl(files.Count == 1 ? url : DocsetPath.Rebase(url, files[^1], files[0]));

    public static string RewriteUrl(HtmlRenderer renderer, string url) =>
        renderer is DocsHtmlRenderer docs ? docs.RewriteUrl(url) : url;

    /// <summary>Writes an included file unless it is missing, already being expanded (a cycle) or over the page's include budget.</summary>
    public void WriteInclude(IncludeReference include, Action<ParsedMarkdown> write)
    {
        if (Context.Includes?.Resolve(files, include) is not { } found || expandedChars + found.Length > IncludeExpander.MaxExpandedChars)
        {
            return;
        }

        expandedChars += found.Length;
        var included = found.Markdown;
        files.Add(included.File);
        try
        {
            write(included);
        }
        finally
        {
            files.RemoveAt(files.Count - 1);
        }
    }
}
