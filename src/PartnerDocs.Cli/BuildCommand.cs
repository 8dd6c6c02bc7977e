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

        var templates = TemplateSet.Load(line.Option("--templates") ?? TemplateLocator.Default());
        var output = line.Option("-o") ?? "_site";
        var lunr = line.Flag("--no-search") ? null : LunrAssets.Locate(stdout.WriteLine);
        var outcome = new BuildSession(templates).Build(Cli.DocsetArgument(line), output, lunr);
        var result = outcome.Site!;

        DiagnosticText.Write(outcome.Report.Diagnostics, stderr);
        stdout.WriteLine(result.Search is { } search
            ? $"search: indexed {search.IndexedPages} pages in {search.IndexTime.TotalSeconds:0.00} s"
            : "search: skipped (--no-search), no search index or search box written");
        stdout.WriteLine($"built {result.PagesWritten} pages ({result.FallbackPages} fallback) in {result.Locales.Count} locales [{string.Join(", ", result.Locales)}] to {output} in {outcome.Elapsed.TotalSeconds:0.00} s");
        return Cli.ExitCode(outcome.Report);
    }
}
