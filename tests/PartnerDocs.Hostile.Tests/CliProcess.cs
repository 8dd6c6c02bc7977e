using System.Diagnostics;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace PartnerDocs.Tests.Hostile;

/// <summary>One finding as the CLI printed it: rule id and file:line.</summary>
public sealed record Finding(string Rule, string File, int Line);

/// <summary>
/// Runs the partnerdocs command as its own process (a crash is an exit code, a hang is killed), with a private TMPDIR.
/// The time limit is a hang guard, not a performance assertion: it is far above what any case needs.
/// </summary>
public static partial class CliProcess
{
    public static readonly TimeSpan HangGuard = TimeSpan.FromSeconds(150);

    public sealed record Result(int ExitCode, string Stdout, string Stderr)
    {
        /// <summary>Diagnostics from text lines (file:line:col: severity rule: ...) and from a JSON report on stdout.</summary>
        public IReadOnlyList<Finding> Findings => [.. TextFindings(Stderr), .. TextFindings(Stdout), .. JsonFindings(Stdout)];

        public override string ToString() => $"exit {ExitCode}\n--- stdout\n{Cut(Stdout)}\n--- stderr\n{Cut(Stderr)}";

        private static string Cut(string text) => text.Length > 4000 ? text[..4000] + "…" : text;
    }

    public static Result Run(string tempFolder, params string[] args) => RunAsync(tempFolder, args).GetAwaiter().GetResult();

    public static async Task<Result> RunAsync(string tempFolder, string[] args, Action<Process>? whileRunning = null)
    {
        using var process = Start(tempFolder, args);
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        whileRunning?.Invoke(process);
        using var hang = new CancellationTokenSource(HangGuard);
        try
        {
            await process.WaitForExitAsync(hang.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            Assert.Fail($"partnerdocs {string.Join(' ', args)} did not finish within {HangGuard.TotalSeconds} s (hang)");
        }

        return new Result(process.ExitCode, await stdout, await stderr);
    }

    /// <summary>Starts the command with redirected output; the caller waits for it.</summary>
    public static Process Start(string tempFolder, params string[] args)
    {
        var info = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = tempFolder,
        };
        info.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "PartnerDocs.Cli.dll"));
        foreach (var arg in args)
        {
            info.ArgumentList.Add(arg);
        }

        info.Environment["TMPDIR"] = tempFolder;
        info.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        return Process.Start(info) ?? throw new InvalidOperationException("cannot start dotnet");
    }

    /// <summary>Sends a POSIX signal (SIGTERM is 15, SIGINT 2).</summary>
    public static void Signal(Process process, int signal)
    {
        using var kill = Process.Start("kill", [$"-{signal}", process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]);
        kill.WaitForExit();
    }

    private static IEnumerable<Finding> TextFindings(string text) =>
        DiagnosticLine().Matches(text).Select(m => new Finding(m.Groups["rule"].Value, m.Groups["file"].Value, int.Parse(m.Groups["line"].Value)));

    private static IEnumerable<Finding> JsonFindings(string text)
    {
        if (!text.TrimStart().StartsWith('{'))
        {
            return [];
        }

        using var json = JsonDocument.Parse(text);
        return json.RootElement.GetProperty("diagnostics").EnumerateArray()
            .Select(d => new Finding(d.GetProperty("rule").GetString()!, d.GetProperty("file").GetString() ?? "", d.GetProperty("line").ValueKind == JsonValueKind.Number ? d.GetProperty("line").GetInt32() : 0))
            .ToList();
    }

    [GeneratedRegex(@"^(?<file>[^\s:]+):(?<line>\d+):(?<col>\d+): (?<severity>\w+) (?<rule>[a-z]+\.[a-z.-]+):", RegexOptions.Multiline)]
    private static partial Regex DiagnosticLine();
}
