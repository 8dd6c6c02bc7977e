namespace PartnerDocs.Tests.Hostile;

/// <summary>One partnerdocs command of a case (arguments are relative to the scratch folder: docset/, out/) and its exit code.</summary>
public sealed record CliRun(int ExitCode, params string[] Args)
{
    public static CliRun Build(int exitCode, params string[] extra) => new(exitCode, ["build", "docset", "-o", "out", "--no-search", .. extra]);

    public static CliRun Check(int exitCode, params string[] extra) => new(exitCode, ["check", "docset", "--format", "json", .. extra]);

    public override string ToString() => $"partnerdocs {string.Join(' ', Args)} -> {ExitCode}";
}

/// <summary>What a case must produce: each run's exit code, the finding every run reports (if the input is at fault), and extra checks.</summary>
public sealed record Expectation(IReadOnlyList<CliRun> Runs)
{
    /// <summary>The rule id and file:line that each run must report.</summary>
    public Finding? Finding { get; init; }

    /// <summary>Further assertions once every run has finished (the scratch folder, the last result).</summary>
    public Action<HostileDocset, CliProcess.Result>? Then { get; init; }

    public static Expectation Of(params CliRun[] runs) => new(runs);

    /// <summary>build and check both exit with <paramref name="exitCode"/> and report <paramref name="rule"/> at file:line.</summary>
    public static Expectation BuildAndCheck(int exitCode, string rule, string file, int line) =>
        new([CliRun.Build(exitCode), CliRun.Check(exitCode)]) { Finding = new Finding(rule, file, line) };
}

/// <summary>A hostile input: how to plant it into a fresh copy of content/, and what must come out.</summary>
public sealed record HostileCase(string Name, Func<HostileDocset, Expectation> Plant)
{
    public override string ToString() => Name;
}
