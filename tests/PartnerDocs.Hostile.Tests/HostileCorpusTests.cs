namespace PartnerDocs.Tests.Hostile;

/// <summary>Runs each case of <see cref="HostileCases"/> through the real CLI process.</summary>
public class HostileCorpusTests
{
    [Theory]
    [MemberData(nameof(HostileCases.Names), MemberType = typeof(HostileCases))]
    public async Task Hostile_input_ends_with_its_exit_code_and_diagnostic_and_leaks_nothing(string name)
    {
        using var scratch = new HostileDocset();
        var expectation = HostileCases.Named(name).Plant(scratch);
        CliProcess.Result? last = null;
        foreach (var run in expectation.Runs)
        {
            last = await CliProcess.RunAsync(scratch.Root, run.Args);

            Assert.True(last.ExitCode == run.ExitCode, $"{run}\n{last}");
            Assert.DoesNotContain("Unhandled exception", last.Stderr);
            Assert.DoesNotContain("   at ", last.Stderr);
            if (expectation.Finding is { } finding)
            {
                Assert.True(last.Findings.Contains(finding), $"{run}: expected {finding.Rule} at {finding.File}:{finding.Line}\n{last}");
            }

            Assert.DoesNotContain(scratch.Secret, last.Stdout + last.Stderr);
            Assert.Empty(OutsideTheDocset(scratch).SelectMany(scratch.FilesHoldingTheSecret));
            Assert.Empty(OutsideTheDocset(scratch).SelectMany(SiteScan.Problems));
        }

        expectation.Then?.Invoke(scratch, last!);
    }

    // Every folder a build may have written: out/, j/ and the like, never the docset or the planted secret.
    private static IEnumerable<string> OutsideTheDocset(HostileDocset scratch) =>
        Directory.EnumerateDirectories(scratch.Root).Where(folder => folder != scratch.Docset);
}
