namespace PartnerDocs.Tests;

/// <summary>Locations the tests read from: the repository root and the shared folder beside it.</summary>
public static class TestPaths
{
    /// <summary>The nearest folder at or above the test binaries that holds PartnerDocs.sln.</summary>
    public static string RepoRoot { get; } = FindRepoRoot();

    /// <summary>The <c>shared</c> folder that sits next to the repository root.</summary>
    public static string Shared { get; } = Path.GetFullPath(Path.Combine(RepoRoot, "..", "shared"));

    private static string FindRepoRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "PartnerDocs.sln")))
            {
                return dir.FullName;
            }
        }
        throw new InvalidOperationException($"No folder containing PartnerDocs.sln above {AppContext.BaseDirectory}.");
    }
}
