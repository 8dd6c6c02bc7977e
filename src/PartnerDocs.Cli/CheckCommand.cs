using PartnerDocs.Diagnostics;
using PartnerDocs.Docsets;
using PartnerDocs.Progress;
using PartnerDocs.Rendering;
using PartnerDocs.Site;
using PartnerDocs.Validation;
using PartnerDocs.Validation.Baselines;
using PartnerDocs.Validation.Checks;
using PartnerDocs.Validation.Reporting;

namespace PartnerDocs.Cli;

internal static class CheckCommand
{
    public static int Run(CommandLine line, TextWriter stdout, TextWriter stderr)
    {
        if (line.Positionals.Count > 1)
        {
            throw new UsageException("check takes one DOCSET folder");
        }

        var docsetPath = Cli.DocsetArgument(line);
        var format = line.Option("--format") ?? "text";
        var writer = ReportFormat.Create(format, RepositoryPrefix(docsetPath))
            ?? throw new UsageException($"unknown format '{format}'; use one of {string.Join(", ", ReportFormat.Names)}");
        // The templates matter only to ui.string-missing, after loading: they are read while the docset loads.
        var templatesOption = line.Option("--templates");
        var session = new BuildSession(Task.Run(() => Templates(templatesOption)));
        BuildOutcome outcome;
        using (var progress = ProgressLine.For(stderr))
        {
            outcome = session.Check(docsetPath, progress);
        }

        var docset = outcome.Docset;
        if (line.Flag("--update-baseline"))
        {
            var target = BaselineFile.PathFor(docset, line.Option("--baseline"), forWriting: true)!;
            var all = outcome.Report.Unfiltered;
            Baseline.Write(target, all);
            stdout.WriteLine($"wrote {all.Count} accepted findings to {target}");
            return Cli.Ok;
        }

        var report = Checker.WithBaseline(outcome.Report, BaselineFile.Read(BaselineFile.PathFor(docset, line.Option("--baseline"))));
        var topics = docset.Locales.Sum(l => l.Topics.Count);
        stderr.WriteLine($"checked {topics} topics in {docset.Locales.Count} locales in {outcome.Elapsed.TotalSeconds:0.00} s (loading {outcome.LoadTime.TotalSeconds:0.00} s, rules {(outcome.Elapsed - outcome.LoadTime).TotalSeconds:0.00} s)");
        WriteReport(report, writer, line.Option("--output"), stdout);
        if (format == "github" && Environment.GetEnvironmentVariable("GITHUB_STEP_SUMMARY") is { Length: > 0 } summary)
        {
            using var summaryWriter = File.AppendText(summary);
            MarkdownSummary.Write(report, summaryWriter);
        }

        return Cli.ExitCode(report);
    }

    // Without --templates, ui.string-missing runs only when the default templates can be found.
    private static TemplateSet? Templates(string? templatesOption)
    {
        try
        {
            return TemplateSet.Load(templatesOption ?? TemplateLocator.Default());
        }
        catch (TemplateException) when (templatesOption is null)
        {
            return null;
        }
    }

    private static void WriteReport(CheckReport report, IReportWriter writer, string? output, TextWriter stdout)
    {
        if (output is null)
        {
            writer.Write(report, stdout);
            return;
        }

        using var file = new StreamWriter(output);
        writer.Write(report, file);
    }

    // SARIF and GitHub want paths from the repository root; the working directory is the best guess for it.
    private static string RepositoryPrefix(string docsetPath)
    {
        var relative = Path.GetRelativePath(Environment.CurrentDirectory, Path.GetFullPath(docsetPath)).Replace('\\', '/');
        return relative == "." || relative.StartsWith("..", StringComparison.Ordinal) ? "" : relative + "/";
    }
}
