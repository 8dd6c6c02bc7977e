namespace PartnerDocs.Tests;

/// <summary>Locations of the repository and the shared folder next to it, found from the test binaries.</summary>
public static class TestPaths
{
    /// <summary>The folder holding PartnerDocs.sln.</summary>
    public static string RepoRoot { get; } = FindRepoRoot();

    /// <summary>The shared folder beside the repository (design notes, test data).</summary>
    public static string Shared { get; } = Path.GetFullPath(Path.Combine(RepoRoot, "..", "shared"));

    private static string FindRepoRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "PartnerDocs.sln")))
                return dir.FullName;
        }
        throw new InvalidOperationException($"No PartnerDocs.sln above {AppContext.BaseDirectory}.");
    }
}
