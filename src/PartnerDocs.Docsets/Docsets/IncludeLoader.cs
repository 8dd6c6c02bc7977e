using PartnerDocs.Diagnostics;
using PartnerDocs.Files;
using PartnerDocs.Markdown;
using PartnerDocs.Markdown.Includes;
using PartnerDocs.Topics;

namespace PartnerDocs.Docsets;

/// <summary>
/// Reads every file the topics include (and the files those include), once each, and checks the include graph: cycles
/// (include.cycle) and pages that includes would expand beyond <see cref="IncludeExpander.MaxExpandedChars"/>
/// (include.too-large). Each check visits every file once, so a fan-out of includes costs nothing here.
/// </summary>
internal static class IncludeLoader
{
    public static IReadOnlyDictionary<string, IncludeFile> Load(IEnumerable<Topic> topics, FileInventory files, MarkdownEngine engine, DiagnosticBag diagnostics)
    {
        // Most topics include nothing: only the others are walked, here and in the graph checks.
        var roots = topics.Where(t => t.Markdown.Includes.Count > 0).ToList();
        var includes = new Dictionary<string, IncludeFile>(StringComparer.Ordinal);
        var pending = new Queue<ParsedMarkdown>(roots.Select(t => t.Markdown));
        while (pending.TryDequeue(out var markdown))
        {
            foreach (var target in Targets(markdown).Where(t => !includes.ContainsKey(t) && files.Contains(t)))
            {
                if (Read(target, files, engine, diagnostics) is { } include)
                {
                    includes[target] = include;
                    pending.Enqueue(include.Markdown);
                }
            }
        }

        var graph = new IncludeGraph(includes);
        foreach (var topic in roots)
        {
            graph.ReportCycles(topic.Markdown, diagnostics);
            graph.ReportOversize(topic, diagnostics);
        }

        return includes;
    }

    public static IEnumerable<string> Targets(ParsedMarkdown markdown) =>
        markdown.Includes.Select(i => i.Resolved is { IsInternal: true, Target: { } target } ? target : null).OfType<string>();

    private static IncludeFile? Read(string path, FileInventory files, MarkdownEngine engine, DiagnosticBag diagnostics)
    {
        if (TextFiles.Read(files, path, diagnostics, Rules.IncludeTargetMissing) is not { } text)
        {
            return null;
        }

        // Included files should have no front matter; skip one anyway so it does not render as a thematic break and a heading.
        var fence = FrontMatterFence.Find(text, out _);
        var body = fence is { } f ? text[f.BodyStart..] : text;
        var firstLine = fence?.BodyFirstLine ?? 1;
        return new IncludeFile(path, body, firstLine, MarkdownParsing.Facts(engine, body, path, firstLine));
    }
}
