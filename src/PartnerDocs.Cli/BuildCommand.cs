using System.Diagnostics;
using PartnerDocs.Docsets;
using PartnerDocs.Rendering;
using PartnerDocs.Search;
using PartnerDocs.Site;

namespace PartnerDocs.Cli;

internal static class BuildCommand
{
    public static int Run(CommandLine line, TextWriter stdout, TextWriter stderr)
    {
        if (line.Positionals.Count > 1)
        {
            throw new UsageException("build takes one DOCSET folder");
        }

        var clock = Stopwatch.StartNew();
        var templates = TemplateSet.Load(line.Option("--templates") ?? TemplateLocator.Default());
        var docset = DocsetLoader.Load(Cli.DocsetArgument(line), BodyRendering.LoadOptions(templates));
        var output = line.Option("-o") ?? "_site";
        var noSearch = line.Flag("--no-search");
        var lunr = noSearch ? null : LunrAssets.Locate(stdout.WriteLine);
        var result = new SiteBuilder(templates).Build(docset, output, lunr);

        var diagnostics = docset.Diagnostics.ToSortedList();
        DiagnosticText.Write(diagnostics, stderr);
        stdout.WriteLine(result.Search is { } search
            ? $"search: indexed {search.IndexedPages} pages in {search.IndexTime.TotalSeconds:0.00} s (CPU {search.IndexCpuTime.TotalSeconds:0.00} s)"
            : "search: skipped (--no-search), no search index or search box written");
        if (result.Search?.UnstemmedNote is { } unstemmed)
            stdout.WriteLine(unstemmed);
        stdout.WriteLine($"built {result.PagesWritten} pages ({result.FallbackPages} fallback) in {result.Locales.Count} locales [{string.Join(", ", result.Locales)}] to {output} in {clock.Elapsed.TotalSeconds:0.00} s");
        return diagnostics.Any(d => d.Severity == Diagnostics.Severity.Error) ? Cli.Errors : Cli.Ok;
    }
}
