using System.Diagnostics;

namespace PartnerDocs.Tests.Search;

/// <summary>Runs node/lunr-oracle.js (lunr.js + lunr-languages from the repo's node_modules) as the reference implementation.</summary>
public static class NodeOracle
{
    private static readonly string Script = Path.Combine(TestPaths.RepoRoot, "tests", "PartnerDocs.Search.Tests", "node", "lunr-oracle.js");
    private static readonly Lazy<bool> PackagesInstalled = new(InstallPackages);

    /// <summary>The repository's node_modules, installed with <c>npm ci</c> first when missing.</summary>
    public static string NodeModules
    {
        get
        {
            _ = PackagesInstalled.Value;
            return Path.Combine(TestPaths.RepoRoot, "node_modules");
        }
    }

    /// <summary>Runs one oracle command on <paramref name="input"/> and returns what it wrote.</summary>
    public static string Run(string command, string input)
    {
        _ = PackagesInstalled.Value;
        var directory = Directory.CreateTempSubdirectory("lunr-oracle-");
        try
        {
            var inputFile = Path.Combine(directory.FullName, "input");
            var outputFile = Path.Combine(directory.FullName, "output");
            File.WriteAllText(inputFile, input);
            Execute("node", [Script, command, inputFile, outputFile], TestPaths.RepoRoot);
            return File.ReadAllText(outputFile);
        }
        finally
        {
            directory.Delete(recursive: true);
        }
    }

    // CI runs `npm ci` before the tests; a fresh clone gets it here, once per test run.
    private static bool InstallPackages()
    {
        if (!Directory.Exists(Path.Combine(TestPaths.RepoRoot, "node_modules", "lunr-languages")))
            Execute("npm", ["ci", "--no-audit", "--no-fund"], TestPaths.RepoRoot);
        return true;
    }

    /// <summary>Runs <paramref name="program"/> in the repository root; throws with its output when it fails.</summary>
    public static void Execute(string program, string[] arguments)
    {
        _ = PackagesInstalled.Value;
        Execute(program, arguments, TestPaths.RepoRoot);
    }

    private static void Execute(string program, string[] arguments, string workingDirectory)
    {
        var start = new ProcessStartInfo(program, arguments)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardError = true,
            RedirectStandardOutput = true,
        };
        Process process;
        try
        {
            process = Process.Start(start) ?? throw new InvalidOperationException($"Could not start {program}.");
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            throw new InvalidOperationException($"'{program}' is required by the Search tests (install Node.js 20+): {e.Message}", e);
        }
        using (process)
        {
            var stdout = process.StandardOutput.ReadToEndAsync();
            var stderr = process.StandardError.ReadToEnd();
            process.WaitForExit();
            if (process.ExitCode != 0)
                throw new InvalidOperationException($"{program} {string.Join(' ', arguments)} failed ({process.ExitCode}):\n{stderr}\n{stdout.Result}");
        }
    }
}
