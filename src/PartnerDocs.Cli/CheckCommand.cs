using System.Diagnostics;
using PartnerDocs.Diagnostics;
using PartnerDocs.Docsets;
using PartnerDocs.Rendering;
using PartnerDocs.Validation;
using PartnerDocs.Validation.Baselines;
using PartnerDocs.Validation.Checks;
using PartnerDocs.Validation.Reporting;

namespace PartnerDocs.Cli;

internal static class CheckCommand
{
    public const string DefaultBaseline = "partnerdocs-baseline.json";

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
        var clock = Stopwatch.StartNew();
        var docset = DocsetLoader.Load(docsetPath, LoadOptions.FactsOnly);
        var loaded = clock.Elapsed;
        var baselinePath = line.Option("--baseline") ?? (docset.Config.Baseline is { } configured ? ConfiguredBaseline(docset.Root, configured) : null);

        var uiStrings = UiStrings(docset, line.Option("--templates"));
        if (line.Flag("--update-baseline"))
        {
            var target = baselinePath ?? Path.Combine(docset.Root, DefaultBaseline);
            var all = Checker.Run(docset, extra: uiStrings).Unfiltered;
            Baseline.Write(target, all);
            stdout.WriteLine($"wrote {all.Count} accepted findings to {target}");
            return Cli.Ok;
        }

        var report = Checker.Run(docset, ReadBaseline(baselinePath), uiStrings);
        var topics = docset.Locales.Sum(l => l.Topics.Count);
        stderr.WriteLine($"checked {topics} topics in {docset.Locales.Count} locales in {clock.Elapsed.TotalSeconds:0.00} s (loading {loaded.TotalSeconds:0.00} s, rules {(clock.Elapsed - loaded).TotalSeconds:0.00} s)");
        WriteReport(report, writer, line.Option("--output"), stdout);
        if (format == "github" && Environment.GetEnvironmentVariable("GITHUB_STEP_SUMMARY") is { Length: > 0 } summary)
        {
            using var summaryWriter = File.AppendText(summary);
            MarkdownSummary.Write(report, summaryWriter);
        }

        return report.HasErrors ? Cli.Errors : Cli.Ok;
    }

    // Without --templates, the rule runs only when the default templates can be found.
    private static IEnumerable<Diagnostic> UiStrings(Docset docset, string? templatesOption)
    {
        string folder;
        try
        {
            folder = templatesOption ?? TemplateLocator.Default();
        }
        catch (TemplateException)
        {
            return [];
        }

        return UiStringRule.Check(docset, TemplateSet.Load(folder).MissingStringKeys).ToList();
    }

    // The docset (a pull request) names the file check reads and --update-baseline writes: it must stay inside the docset.
    private static string ConfiguredBaseline(string root, string configured)
    {
        var path = Path.GetFullPath(Path.Combine(root, configured));
        if (!path.StartsWith(root.TrimEnd('/') + "/", StringComparison.Ordinal))
        {
            throw new CannotRunException($"baseline '{configured}' in {DocsetConfig.FileName} points outside the docset; name a file inside it (or pass --baseline FILE)");
        }

        return path;
    }

    private static Baseline? ReadBaseline(string? path)
    {
        if (path is null)
        {
            return null;
        }

        if (!File.Exists(path))
        {
            throw new CannotRunException($"baseline file '{path}' does not exist; create it with --update-baseline");
        }

        try
        {
            return Baseline.Read(path, Path.GetFileName(path));
        }
        catch (InvalidDataException ex)
        {
            throw new CannotRunException(ex.Message);
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
