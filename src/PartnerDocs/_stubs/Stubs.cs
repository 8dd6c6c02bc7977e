// TEMPORARY: signatures agreed with the TOC and Markdown branches; deleted when they merge.
using Markdig.Syntax;
using PartnerDocs.Diagnostics;
namespace PartnerDocs.Markdown {
  public sealed record HeadingInfo(int Level, string Text, string Id, SourceLocation Location);
  public sealed class ParsedMarkdown { public MarkdownDocument Document {get;init;} = new(); public IReadOnlyList<LinkReference> Links {get;init;} = []; public IReadOnlyList<AnchorDefinition> Anchors {get;init;} = []; public IReadOnlyList<IncludeReference> Includes {get;init;} = []; public IReadOnlyList<HeadingInfo> Headings {get;init;} = []; public IReadOnlyList<SourceLocation> MarkdownLinksInRawHtml {get;init;} = []; public string PlainText {get;init;} = ""; }
  public sealed class MarkdownRenderContext { public Func<string,string> AlertLabel {get;init;} = s => s; public Func<string,string> RewriteUrl {get;init;} = s => s; public Func<IncludeReference, ParsedMarkdown?>? IncludeSource {get;init;} }
  public sealed class MarkdownEngine { public ParsedMarkdown Parse(string m, string f, int l) => new() { Document = Markdig.Markdown.Parse(m) }; public string Render(ParsedMarkdown d, MarkdownRenderContext c) => Markdig.Markdown.ToHtml(d.Document.ToString() ?? ""); }
}
namespace PartnerDocs.Markdown.Includes { public sealed class IncludeResolver { public IncludeResolver(string root, PartnerDocs.Markdown.MarkdownEngine e, DiagnosticBag d) {} public PartnerDocs.Markdown.ParsedMarkdown? Resolve(string f, PartnerDocs.Markdown.IncludeReference i) => null; } }
