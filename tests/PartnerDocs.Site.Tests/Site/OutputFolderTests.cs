using PartnerDocs.Site;

namespace PartnerDocs.Tests.Site;

public class OutputFolderTests
{
    [Fact]
    public void Refuses_a_non_empty_folder_it_did_not_make_and_leaves_it_untouched()
    {
        using var temp = TempDocset.Create(("out/precious.txt", "keep me"));

        var error = Assert.Throws<OutputRefusedException>(() => OutputFolder.Begin(temp.PathOf("out")));

        Assert.Contains("not made by partnerdocs", error.Message);
        Assert.Equal("keep me", temp.Read("out/precious.txt"));
        Assert.Single(Directory.EnumerateFileSystemEntries(temp.Root));
    }

    [Fact]
    public void Replaces_its_own_previous_output_whole()
    {
        using var temp = TempDocset.Create();
        Publish(temp.PathOf("out"), "old.html");

        Publish(temp.PathOf("out"), "new.html");

        Assert.Equal([OutputFolder.MarkerFile, "new.html"], Directory.EnumerateFiles(temp.PathOf("out")).Select(Path.GetFileName).Order(StringComparer.Ordinal));
        Assert.Equal(["out"], Directory.EnumerateFileSystemEntries(temp.Root).Select(Path.GetFileName));
    }

    [Fact]
    public void Failure_before_commit_leaves_the_previous_site_and_no_staging_folder()
    {
        using var temp = TempDocset.Create();
        Publish(temp.PathOf("out"), "old.html");

        using (var folder = OutputFolder.Begin(temp.PathOf("out")))
        {
            File.WriteAllText(Path.Combine(folder.Path, "half.html"), "…");
        }

        Assert.True(File.Exists(temp.PathOf("out/old.html")));
        Assert.Equal(["out"], Directory.EnumerateFileSystemEntries(temp.Root).Select(Path.GetFileName));
    }

    [Fact]
    public void Accepts_an_empty_folder_and_creates_missing_parents()
    {
        using var temp = TempDocset.Create();
        Directory.CreateDirectory(temp.PathOf("empty"));

        Publish(temp.PathOf("empty"), "a.html");
        Publish(temp.PathOf("deep/er/out"), "b.html");

        Assert.True(File.Exists(temp.PathOf("empty/a.html")));
        Assert.True(File.Exists(temp.PathOf("deep/er/out/b.html")));
    }

    [Fact]
    public void Refuses_a_file()
    {
        using var temp = TempDocset.Create(("site", "a file"));

        Assert.Throws<OutputRefusedException>(() => OutputFolder.Begin(temp.PathOf("site")));
    }

    private static void Publish(string target, string file)
    {
        using var folder = OutputFolder.Begin(target);
        File.WriteAllText(Path.Combine(folder.Path, file), "<p>x</p>");
        folder.Commit();
    }
}
