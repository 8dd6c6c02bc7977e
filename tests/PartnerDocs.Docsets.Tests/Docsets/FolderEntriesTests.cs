using PartnerDocs.Files;

namespace PartnerDocs.Tests.Docsets;

/// <summary>The folder listing the file inventory walks: every entry's kind, symlinks never followed, names in ordinal order.</summary>
public class FolderEntriesTests
{
    [Fact]
    public void Each_entry_has_its_kind_and_symlinks_are_told_apart_from_what_they_point_at()
    {
        using var docset = TempDocset.Create(("en-us/b.md", "# B\n"), ("en-us/sub/c.md", "# C\n"));
        var folder = docset.PathOf("en-us");
        File.CreateSymbolicLink(Path.Combine(folder, "a-link.md"), Path.Combine(folder, "b.md"));
        Directory.CreateSymbolicLink(Path.Combine(folder, "a-folder-link"), Path.Combine(folder, "sub"));
        File.CreateSymbolicLink(Path.Combine(folder, "dangling.md"), "/nonexistent/x.md");
        System.Diagnostics.Process.Start("mkfifo", Path.Combine(folder, "pipe.md"))!.WaitForExit();
        File.WriteAllText(Path.Combine(folder, ".hidden"), "");
        File.WriteAllText(Path.Combine(folder, "Z.md"), "");

        var entries = FolderEntries.Read(folder);

        Assert.Equal(
            [
                new FolderEntry(".hidden", EntryKind.File), new FolderEntry("Z.md", EntryKind.File),
                new FolderEntry("a-folder-link", EntryKind.Symlink), new FolderEntry("a-link.md", EntryKind.Symlink),
                new FolderEntry("b.md", EntryKind.File), new FolderEntry("dangling.md", EntryKind.Symlink),
                new FolderEntry("pipe.md", EntryKind.Special), new FolderEntry("sub", EntryKind.Folder),
            ],
            entries);
    }

    [Fact]
    public void A_folder_that_is_not_there_throws_as_dotnet_does()
    {
        Assert.Throws<DirectoryNotFoundException>(() => FolderEntries.Read(Path.Combine(Path.GetTempPath(), "partnerdocs-missing-" + Guid.NewGuid().ToString("N"))));
    }
}
