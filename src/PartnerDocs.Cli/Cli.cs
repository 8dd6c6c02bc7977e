using System.Reflection;
using PartnerDocs.Docsets;
using PartnerDocs.IO;
using PartnerDocs.Rendering;
using PartnerDocs.Search;
using PartnerDocs.Site;

namespace PartnerDocs.Cli;

/// <summary>The partnerdocs command: argument parsing, progress and exit codes; the library does the work.</summary>
public static class Cli
{
    public const int Ok = 0;
    public const int Errors = 1;
    public const int CannotRun = 2;

    private const string Usage = """
        usage:
          partnerdocs --version | --help
          partnerdocs build [DOCSET] [-o OUT] [--templates DIR] [--no-search]   render the site (DOCSET defaults to ./content, OUT to ./_site)
          partnerdocs check [DOCSET] [--format text|json|sarif|github] [--output FILE] [--baseline FILE] [--update-baseline] [--templates DIR]
          partnerdocs serve [DOCSET] [--port N]                    local preview on 127.0.0.1 with live reload
          partnerdocs stamp [DOCSET] [LOCALE...]                   record the source hash in translations
          partnerdocs status [DOCSET] [--format text|json|html] [--output FILE] [--site-url URL] [--fail-under PERCENT]
                                                                   translation status per locale and topic
        exit codes: 0 no errors, 1 errors found, 2 the command could not run
        """;

    private static readonly HashSet<string> Valued = ["-o", "--output", "--format", "--templates", "--port", "--baseline", "--site-url", "--fail-under"];
    private static readonly HashSet<string> Flags = ["--update-baseline", "--no-search", "--help", "-h"];

    public static int Run(string[] args, TextWriter stdout, TextWriter stderr)
    {
        try
        {
            if (args is ["--version"] or ["version"])
            {
                var build = CpuTwin.CompiledFor is { } instructions ? $"native {instructions}; " : "";
                stdout.WriteLine($"partnerdocs {Version()} ({build}lunr {LunrAssets.LunrVersion}, lunr-languages {LunrAssets.LunrLanguagesVersion} bundled)");
                return Ok;
            }

            var line = CommandLine.Parse(args, Valued, Flags);
            if (line.Flag("--help") || line.Flag("-h") || line.Verb is "help" or "--help" or "-h")
            {
                stdout.WriteLine(Usage);
                return Ok;
            }

            return line.Verb switch
            {
                "build" => BuildCommand.Run(line, stdout, stderr),
                "check" => CheckCommand.Run(line, stdout, stderr),
                "stamp" => StampCommand.Run(line, stdout, stderr),
                "status" => StatusCommand.Run(line, stdout, stderr),
                "serve" => ServeCommand.Run(line, stdout),
                _ => throw new UsageException($"unknown command '{line.Verb}'"),
            };
        }
        catch (Exception) when (ExitCleanup.Stopping)
        {
            // A signal is stopping the process and its temporary folders are being deleted: whatever failed here is a consequence.
            ExitCleanup.WaitUntilStopped();
            return ExitSignals.ExitCode;
        }
        catch (UsageException ex)
        {
            stderr.WriteLine($"partnerdocs: {ex.Message}");
            stderr.WriteLine(Usage);
            return CannotRun;
        }
        catch (Exception ex) when (IsCannotRun(ex))
        {
            stderr.WriteLine($"partnerdocs: {ex.Message}");
            return CannotRun;
        }
        // Pages render in parallel, so a template that fails on every page fails once per thread: say it once.
        catch (AggregateException ex) when (ex.Flatten().InnerExceptions is { Count: > 0 } inner && inner.All(IsCannotRun))
        {
            foreach (var message in inner.Select(e => e.Message).Distinct())
            {
                stderr.WriteLine($"partnerdocs: {message}");
            }

            return CannotRun;
        }
    }

    private static bool IsCannotRun(Exception ex) =>
        ex is CannotRunException or InvalidDataException or DocsetNotFoundException or OutputRefusedException or TemplateException or SearchUnavailableException or IOException or UnauthorizedAccessException;

    // The informational version is "1.2.3+<commit>"; a short commit is enough to tell builds apart.
    private static string Version()
    {
        var version = typeof(Cli).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "unknown";
        var plus = version.IndexOf('+');
        return plus < 0 ? version : version[..Math.Min(version.Length, plus + 8)];
    }

    /// <summary>The exit code of a verdict: 1 when any finding is an error under the docset's severities.</summary>
    internal static int ExitCode(Validation.CheckReport report) => report.HasErrors ? Errors : Ok;

    internal static string DocsetArgument(CommandLine line) => line.Positionals.FirstOrDefault() ?? "content";
}
