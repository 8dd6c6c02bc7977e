namespace PartnerDocs.Tests;

/// <summary>Where the repository and the shared design folder (seeds, specs) are, seen from the test binaries.</summary>
public static class TestPaths
{
    public static string RepoRoot { get; } = FindRepoRoot();

    public static string Shared { get; } = Path.GetFullPath(Path.Combine(RepoRoot, "..", "shared"));

    private static string FindRepoRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "PartnerDocs.sln")))
            {
                return folder.FullName;
            }
        }

        throw new InvalidOperationException($"No folder above {AppContext.BaseDirectory} holds PartnerDocs.sln.");
    }
}
