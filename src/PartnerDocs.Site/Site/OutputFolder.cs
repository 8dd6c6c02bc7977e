namespace PartnerDocs.Site;

/// <summary>
/// Writes a site into a temporary sibling folder and swaps it in only when complete, so readers never see half a site.
/// Deletes only folders that carry its marker file, i.e. folders it made.
/// </summary>
public sealed class OutputFolder : IDisposable
{
    public const string MarkerFile = ".partnerdocs-output";

    private readonly string target;
    private bool committed;

    private OutputFolder(string target, string staging)
    {
        this.target = target;
        Path = staging;
    }

    /// <summary>The staging folder to write into.</summary>
    public string Path { get; }

    /// <exception cref="OutputRefusedException">The target is a file, or a non-empty folder this tool did not make.</exception>
    public static OutputFolder Begin(string target)
    {
        var full = System.IO.Path.GetFullPath(target).TrimEnd('/', '\\');
        if (File.Exists(full))
        {
            throw new OutputRefusedException($"output '{target}' is a file; choose a folder");
        }

        if (Directory.Exists(full) && !IsOurs(full) && Directory.EnumerateFileSystemEntries(full).Any())
        {
            throw new OutputRefusedException($"output folder '{target}' is not empty and was not made by partnerdocs; refusing to replace it (choose another -o or empty it)");
        }

        var parent = System.IO.Path.GetDirectoryName(full) ?? throw new OutputRefusedException($"output '{target}' has no parent folder");
        Directory.CreateDirectory(parent);
        var staging = System.IO.Path.Combine(parent, $".{System.IO.Path.GetFileName(full)}.partnerdocs-new-{Guid.NewGuid():N}");
        Directory.CreateDirectory(staging);
        return new OutputFolder(full, staging);
    }

    /// <summary>Marks the staging folder as ours and moves it into place, removing the previous build.</summary>
    public void Commit()
    {
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
    }

    private static bool IsOurs(string folder) => File.Exists(System.IO.Path.Combine(folder, MarkerFile));
}
