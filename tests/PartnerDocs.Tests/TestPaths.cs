namespace PartnerDocs.Tests;

public static class TestPaths
{
    /// <summary>The first ancestor of the test binaries that holds PartnerDocs.sln.</summary>
    public static string RepoRoot { get; } = FindRepoRoot();

    /// <summary>The shared folder next to the repository (RepoRoot/../shared).</summary>
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

        throw new InvalidOperationException("PartnerDocs.sln not found above " + AppContext.BaseDirectory);
    }
}
