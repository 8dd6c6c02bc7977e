using PartnerDocs.IO;

namespace PartnerDocs.Site;

/// <summary>
/// Writes a site into a temporary sibling folder and swaps it in only when complete, so readers never see half a site.
/// Deletes only folders that carry its marker files, i.e. folders it made: the previous output, and staging folders
/// that builds killed before they finished left behind.
/// </summary>
public sealed class OutputFolder : IDisposable
{
    public const string MarkerFile = ".partnerdocs-output";

    /// <summary>In a staging folder while it is written: the id of the process writing it.</summary>
    public const string StagingMarkerFile = ".partnerdocs-staging";

    private readonly string target;
    private readonly IDisposable cleanup;
    private bool committed;

    private OutputFolder(string target, string staging)
    {
        this.target = target;
        Path = staging;
        cleanup = ExitCleanup.Register(staging);
    }

    /// <summary>The staging folder to write into.</summary>
    public string Path { get; }

    /// <exception cref="OutputRefusedException">
    /// The target is a file, a non-empty folder this tool did not make, or (given <paramref name="docsetRoot"/>) a folder
    /// inside the docset or one the docset lies in.
    /// </exception>
    public static OutputFolder Begin(string target, string? docsetRoot = null)
    {
        var full = System.IO.Path.GetFullPath(target).TrimEnd('/', '\\');
        if (File.Exists(full))
        {
            throw new OutputRefusedException($"output '{target}' is a file; choose a folder");
        }

        if (docsetRoot is not null)
        {
            RefuseOverlap(target, full, docsetRoot);
        }

        if (Directory.Exists(full) && !IsOurs(full) && Directory.EnumerateFileSystemEntries(full).Any())
        {
            throw new OutputRefusedException($"output folder '{target}' is not empty and was not made by partnerdocs; refusing to replace it (choose another -o or empty it)");
        }

        var parent = System.IO.Path.GetDirectoryName(full) ?? throw new OutputRefusedException($"output '{target}' has no parent folder");
        Directory.CreateDirectory(parent);
        RemoveLeftovers(parent, System.IO.Path.GetFileName(full));
        var staging = System.IO.Path.Combine(parent, $".{System.IO.Path.GetFileName(full)}.partnerdocs-new-{Guid.NewGuid():N}");
        Directory.CreateDirectory(staging);
        File.WriteAllText(System.IO.Path.Combine(staging, StagingMarkerFile), Environment.ProcessId.ToString(System.Globalization.CultureInfo.InvariantCulture));
        return new OutputFolder(full, staging);
    }

    /// <summary>Marks the staging folder as ours and moves it into place, removing the previous build.</summary>
    public void Commit()
    {
        File.Delete(System.IO.Path.Combine(Path, StagingMarkerFile));
        File.WriteAllText(System.IO.Path.Combine(Path, MarkerFile), "Made by partnerdocs build; the whole folder is replaced on the next build.\n");
        string? previous = null;
        if (Directory.Exists(target))
        {
            if (IsOurs(target))
            {
                previous = System.IO.Path.Combine(System.IO.Path.GetDirectoryName(target)!, $".{System.IO.Path.GetFileName(target)}.partnerdocs-old-{Guid.NewGuid():N}");
                Directory.Move(target, previous);
            }
            else
            {
                Directory.Delete(target); // Begin() checked it is empty; non-recursive delete fails rather than lose anything.
            }
        }

        Directory.Move(Path, target);
        committed = true;
        cleanup.Dispose();
        if (previous is not null)
        {
            Directory.Delete(previous, recursive: true);
        }
    }

    public void Dispose()
    {
        if (!committed && Directory.Exists(Path))
        {
            Directory.Delete(Path, recursive: true);
        }

        cleanup.Dispose();
    }

    private static bool IsOurs(string folder) => File.Exists(System.IO.Path.Combine(folder, MarkerFile));

    // Building into the docset would publish each previous build inside the next; building around it would delete it.
    private static void RefuseOverlap(string target, string full, string docsetRoot)
    {
        var output = RealPath.Of(full);
        var docset = RealPath.Of(System.IO.Path.GetFullPath(docsetRoot).TrimEnd('/', '\\'));
        if (RealPath.IsSameOrInside(output, docset))
        {
            throw new OutputRefusedException($"output folder '{target}' is inside the docset '{docsetRoot}'; choose an -o outside it");
        }

        if (RealPath.IsSameOrInside(docset, output))
        {
            throw new OutputRefusedException($"the docset '{docsetRoot}' is inside the output folder '{target}', which each build replaces whole; choose another -o");
        }
    }

    // Staging folders of builds that were killed (their process is gone) and previous outputs a crash left aside.
    private static void RemoveLeftovers(string parent, string name)
    {
        foreach (var folder in Directory.EnumerateDirectories(parent, $".{name}.partnerdocs-*"))
        {
            var suffix = System.IO.Path.GetFileName(folder)[(name.Length + 1)..];
            var stale = suffix.StartsWith(".partnerdocs-new-", StringComparison.Ordinal)
                ? StagingOwnerIsGone(folder)
                : suffix.StartsWith(".partnerdocs-old-", StringComparison.Ordinal) && IsOurs(folder);
            if (stale)
            {
                try
                {
                    Directory.Delete(folder, recursive: true);
                }
                catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
                {
                    // Someone else is removing it; it is not in the way of this build.
                }
            }
        }
    }

    private static bool StagingOwnerIsGone(string folder)
    {
        var marker = System.IO.Path.Combine(folder, StagingMarkerFile);
        if (!File.Exists(marker) || !int.TryParse(File.ReadAllText(marker).Trim(), out var pid))
        {
            return false;
        }

        if (pid == Environment.ProcessId)
        {
            return false;
        }

        try
        {
            using var process = System.Diagnostics.Process.GetProcessById(pid);
            return process.HasExited;
        }
        catch (ArgumentException)
        {
            return true;
        }
    }
}
