using System.Text;

namespace PartnerDocs.Tests.Hostile;

/// <summary>
/// A scratch folder holding <c>docset/</c> (a copy of the project's content/), a planted <c>secret.txt</c> beside it that
/// nothing may ever copy into the output, and room for <c>out/</c>. Deleted on dispose.
/// </summary>
public sealed class HostileDocset : IDisposable
{
    private readonly TempDocset scratch = TempDocset.Create();

    public HostileDocset()
    {
        Secret = "PARTNERDOCS-SECRET-" + Guid.NewGuid().ToString("N");
        File.WriteAllText(SecretFile, Secret + "\n");
        CopyFolder(Path.Combine(TestPaths.RepoRoot, "content"), Docset);
    }

    public string Root => scratch.Root;

    public string Docset => Path.Combine(Root, "docset");

    public string Output => Path.Combine(Root, "out");

    public string SecretFile => Path.Combine(Root, "secret.txt");

    public string Secret { get; }

    public string PathOf(string docsetRelative) => Path.Combine(Docset, docsetRelative);

    public HostileDocset Write(string docsetRelative, string text)
    {
        var path = PathOf(docsetRelative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
        return this;
    }

    /// <summary>Appends <paramref name="text"/> on a new line of a docset file and returns that line's 1-based number.</summary>
    public int AppendLine(string docsetRelative, string text)
    {
        var existing = File.ReadAllText(PathOf(docsetRelative));
        var separator = existing.EndsWith('\n') ? "\n" : "\n\n";
        File.AppendAllText(PathOf(docsetRelative), separator + text + "\n");
        return existing.Count(c => c == '\n') + separator.Length + 1;
    }

    /// <summary>Files under <paramref name="folder"/> that contain the secret (as bytes, anywhere in them).</summary>
    public IReadOnlyList<string> FilesHoldingTheSecret(string folder)
    {
        if (!Directory.Exists(folder))
        {
            return [];
        }

        var needle = Encoding.UTF8.GetBytes(Secret);
        return Directory.EnumerateFiles(folder, "*", new EnumerationOptions { RecurseSubdirectories = true, AttributesToSkip = 0 })
            .Where(file => Holds(file, needle))
            .ToList();
    }

    public void Dispose() => scratch.Dispose();

    // Read through symbolic links (a link to the secret is a leak); empty entries (FIFOs report 0 bytes) cannot hold it.
    private static bool Holds(string file, byte[] needle)
    {
        try
        {
            return new FileInfo(file).Length > 0 && File.ReadAllBytes(file).AsSpan().IndexOf(needle) >= 0;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }

    public static void CopyFolder(string from, string to)
    {
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }
}
