using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace PartnerDocs.Tests.Hostile;

/// <summary>SIGTERM and a crash at start leave nothing behind: no staging folder, no serve work folder.</summary>
public class SignalTests
{
    private const int SigTerm = 15;

    [Fact]
    public async Task Build_stopped_by_SIGTERM_removes_its_staging_folder()
    {
        using var scratch = new HostileDocset();
        for (var i = 0; i < 1500; i++)
        {
            scratch.Write($"en-us/generated/topic-{i}.md", $"---\ntitle: Topic {i}\n---\n# Topic {i}\n\nSome text about billing {i}.\n");
        }

        var result = await CliProcess.RunAsync(scratch.Root, ["build", "docset", "-o", "out", "--no-search"], process =>
        {
            // Signal as soon as the site is being written, i.e. once the staging folder exists.
            var clock = Stopwatch.StartNew();
            while (!process.HasExited && Staging(scratch).Count == 0 && clock.Elapsed < CliProcess.HangGuard)
            {
                Thread.Sleep(5);
            }

            if (!process.HasExited)
            {
                CliProcess.Signal(process, SigTerm);
            }
        });

        Assert.True(result.ExitCode is 143 or 0, result.ToString()); // 0 only if the build won the race with the signal
        Assert.Empty(Staging(scratch));
    }

    [Fact]
    public async Task Serve_stopped_by_SIGTERM_removes_its_work_folder()
    {
        using var scratch = new HostileDocset();
        using var process = CliProcess.Start(scratch.Root, "serve", "docset", "--port", FreePort().ToString(System.Globalization.CultureInfo.InvariantCulture));
        var stderr = process.StandardError.ReadToEndAsync();
        using var guard = new CancellationTokenSource(CliProcess.HangGuard);
        string? line;
        while ((line = await process.StandardOutput.ReadLineAsync(guard.Token)) is not null && !line.StartsWith("serving ", StringComparison.Ordinal))
        {
        }

        Assert.NotNull(line);
        Assert.NotEmpty(WorkFolders(scratch));

        CliProcess.Signal(process, SigTerm);
        await process.WaitForExitAsync(guard.Token);

        Assert.Equal(0, process.ExitCode);
        Assert.Empty(WorkFolders(scratch));
        Assert.DoesNotContain("   at ", await stderr);
    }

    [Fact]
    public async Task Serve_on_a_taken_port_exits_2_before_saying_serving_and_leaves_no_work_folder()
    {
        using var scratch = new HostileDocset();
        var taken = new TcpListener(IPAddress.Loopback, 0);
        taken.Start();
        try
        {
            var port = ((IPEndPoint)taken.LocalEndpoint).Port.ToString(System.Globalization.CultureInfo.InvariantCulture);

            var result = await CliProcess.RunAsync(scratch.Root, ["serve", "docset", "--port", port]);

            Assert.Equal(2, result.ExitCode);
            Assert.Contains($"cannot listen on 127.0.0.1:{port}", result.Stderr);
            Assert.DoesNotContain("serving", result.Stdout);
            Assert.DoesNotContain("usage:", result.Stderr);
            Assert.Empty(WorkFolders(scratch));
        }
        finally
        {
            taken.Stop();
        }
    }

    private static List<string> Staging(HostileDocset scratch) => Directory.EnumerateDirectories(scratch.Root, ".out.partnerdocs-new-*").ToList();

    // serve's private folder, under TMPDIR, which CliProcess points at the scratch folder.
    private static List<string> WorkFolders(HostileDocset scratch) => Directory.EnumerateDirectories(scratch.Root, "partnerdocs-serve-*").ToList();

    private static int FreePort()
    {
        using var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        return ((IPEndPoint)probe.LocalEndpoint).Port;
    }
}
