using PartnerDocs.Tests.Cli;

namespace PartnerDocs.Tests.CliCommands;

/// <summary>Issue 12, loading side: whatever a docset's files are, nothing outside the docset reaches the site, and nothing hangs.</summary>
public sealed class HostileFilesTests : IDisposable
{
    private const string SecretText = "PLANTED-SECRET-7f3a";
    private readonly string outside = Path.Combine(Path.GetTempPath(), "partnerdocs-outside-" + Guid.NewGuid().ToString("N"));
    private readonly TempDocset docset = TempDocset.CopyOf(Path.Combine(TestPaths.RepoRoot, "content"));

    public HostileFilesTests()
    {
        Directory.CreateDirectory(outside);
        File.WriteAllText(Path.Combine(outside, "secret.md"), SecretText + "\n");
    }

    [Fact]
    public async Task Symlinks_fifos_and_loops_neither_leak_nor_hang_and_are_reported()
    {
        var secret = Path.Combine(outside, "secret.md");
        File.CreateSymbolicLink(docset.PathOf("en-us/passwd.md"), secret);
        File.CreateSymbolicLink(docset.PathOf("en-us/includes/pw.md"), secret);
        File.AppendAllText(docset.PathOf("en-us/billing.md"), "\n[!INCLUDE[pw](includes/pw.md)]\n");
        File.CreateSymbolicLink(docset.PathOf("en-us/media/pw.svg"), secret);
        Directory.CreateSymbolicLink(docset.PathOf("en-us/media/outdir"), outside);
        File.CreateSymbolicLink(docset.PathOf("en-us/media/broken.svg"), "/nonexistent/x.svg");
        Directory.CreateSymbolicLink(docset.PathOf("en-us/loop"), "..");
        System.Diagnostics.Process.Start("mkfifo", docset.PathOf("en-us/media/pipe.png"))!.WaitForExit();

        // A hang guard, not a timing assertion: a FIFO that is opened blocks forever.
        var build = await Task.Run(() => CliRunner.Run("build", docset.Root, "-o", docset.OutputPath)).WaitAsync(TimeSpan.FromMinutes(2));
        var check = CliRunner.Run("check", docset.Root);

        Assert.Equal(1, build.ExitCode);
        Assert.Equal(1, check.ExitCode);
        Assert.Contains("en-us/passwd.md:1:1: error file.outside-docset", check.Stdout);
        Assert.Contains("en-us/includes/pw.md:1:1: error file.outside-docset", check.Stdout);
        Assert.Contains("en-us/media/pipe.png:1:1: warning file.skipped", check.Stdout);
        Assert.Contains("en-us/loop:1:1: warning file.skipped", check.Stdout);
        Assert.Contains("en-us/media/broken.svg:1:1: warning file.skipped", check.Stdout);
        foreach (var file in Directory.EnumerateFiles(docset.OutputPath, "*", SearchOption.AllDirectories))
        {
            Assert.DoesNotContain(SecretText, File.ReadAllText(file));
        }

        Assert.Empty(Directory.EnumerateDirectories(Path.GetDirectoryName(docset.Root)!, "." + Path.GetFileName(docset.Root) + "*partnerdocs-new*"));
    }

    [Fact]
    public async Task A_toc_that_is_a_symlink_out_of_the_docset_or_a_fifo_is_never_read()
    {
        var secretToc = Path.Combine(outside, "TOC.md");
        File.WriteAllText(secretToc, $"# [{SecretText}](index.md)\n");
        File.Delete(docset.PathOf("es-es/TOC.md"));
        File.CreateSymbolicLink(docset.PathOf("es-es/TOC.md"), secretToc);
        Directory.CreateDirectory(docset.PathOf("fr-fr/nested"));
        File.CreateSymbolicLink(docset.PathOf("fr-fr/nested/toc.yml"), secretToc);
        File.AppendAllText(docset.PathOf("fr-fr/TOC.md"), "\n# [Nested](nested/toc.yml)\n");
        Directory.CreateDirectory(docset.PathOf("de-de"));
        System.Diagnostics.Process.Start("mkfifo", docset.PathOf("de-de/TOC.md"))!.WaitForExit();

        var build = await Task.Run(() => CliRunner.Run("build", docset.Root, "-o", docset.OutputPath)).WaitAsync(TimeSpan.FromMinutes(2));
        var check = CliRunner.Run("check", docset.Root);

        Assert.Equal(1, build.ExitCode);
        Assert.Contains("es-es/TOC.md:1:1: error file.outside-docset", check.Stdout);
        Assert.Contains("fr-fr/nested/toc.yml:1:1: error file.outside-docset", check.Stdout);
        Assert.Matches(@"fr-fr/TOC\.md:\d+:\d+: error toc\.target-missing", check.Stdout);
        Assert.Contains("de-de/TOC.md:1:1: warning file.skipped", check.Stdout);
        Assert.DoesNotContain(SecretText, check.Stdout + check.Stderr + build.Stdout + build.Stderr);
        foreach (var file in Directory.EnumerateFiles(docset.OutputPath, "*", SearchOption.AllDirectories))
        {
            Assert.DoesNotContain(SecretText, File.ReadAllText(file));
        }
    }

    public void Dispose()
    {
        docset.Dispose();
        Directory.Delete(outside, recursive: true);
    }
}
