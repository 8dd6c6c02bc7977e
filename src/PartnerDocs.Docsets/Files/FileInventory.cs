using PartnerDocs.Diagnostics;

namespace PartnerDocs.Files;

/// <summary>
/// Every file of the docset, found once by a walk that never leaves the docset: a symlink whose target lies outside the
/// root, a dangling one, a symlinked folder (loops) and special files (FIFOs, devices, sockets) are left out with a
/// diagnostic. Hidden files and folders (".git") are skipped silently. Later stages ask the inventory, never the disk.
/// </summary>
public sealed class FileInventory
{
    private readonly HashSet<string> files;

    // The names of the files directly in each folder, ordinal order: the scan's own lists, or gathered when first asked (an updated copy).
    private readonly Lazy<Dictionary<string, List<string>>> namesByFolder;

    private FileInventory(string root, HashSet<string> files, Dictionary<string, List<string>>? namesByFolder = null)
    {
        Root = root;
        this.files = files;
        this.namesByFolder = namesByFolder is null ? new(() => NamesByFolder(files)) : new(namesByFolder);
    }

    /// <summary>The docset root, a full path.</summary>
    public string Root { get; }

    /// <summary>Docset paths ("es-es/media/a.png") of every file, ordinal order.</summary>
    public IEnumerable<string> All => files.Order(StringComparer.Ordinal);

    public bool Contains(string docsetPath) => files.Contains(docsetPath);

    /// <summary>True when some file lies under <paramref name="folder"/> (a docset path).</summary>
    public bool HasFilesUnder(string folder)
    {
        var prefix = folder + "/";
        return files.Any(f => f.StartsWith(prefix, StringComparison.Ordinal));
    }

    /// <summary>The names of the files directly in <paramref name="folder"/> (a docset path; "" is the root), ordinal order.</summary>
    public IReadOnlyList<string> FilesIn(string folder) => namesByFolder.Value.TryGetValue(folder, out var names) ? names : [];

    /// <summary>The files under <paramref name="folder"/> (a docset path, not the root), relative to it.</summary>
    public IReadOnlySet<string> Under(string folder)
    {
        var prefix = folder + "/";
        var under = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (name, names) in namesByFolder.Value)
        {
            if (name == folder)
            {
                under.UnionWith(names); // the folder's own files keep the scan's strings
            }
            else if (name.StartsWith(prefix, StringComparison.Ordinal))
            {
                var subfolder = name[prefix.Length..] + "/";
                under.UnionWith(names.Select(file => subfolder + file));
            }
        }

        return under;
    }

    /// <summary>
    /// A copy that also holds <paramref name="docsetPath"/>, a file created since the scan (serve's update), or null when it
    /// is not one the scan would take without a word: hidden, a symlink or not a regular file (scan the docset again).
    /// </summary>
    public FileInventory? WithCreated(string docsetPath)
    {
        var full = Path.Combine(Root, docsetPath);
        var info = new FileInfo(full);
        if (docsetPath.Split('/').Any(segment => segment.Length == 0 || segment.StartsWith('.')) || !info.Exists || info.LinkTarget is not null
            || !UnixFileType.IsRegularOrDirectory(full) || HasLinkedFolder(docsetPath))
        {
            return null;
        }

        return new FileInventory(Root, new HashSet<string>(files, StringComparer.Ordinal) { docsetPath });
    }

    /// <summary>A copy without <paramref name="docsetPath"/>, a file deleted since the scan.</summary>
    public FileInventory WithDeleted(string docsetPath)
    {
        var copy = new HashSet<string>(files, StringComparer.Ordinal);
        copy.Remove(docsetPath);
        return new FileInventory(Root, copy);
    }

    private static Dictionary<string, List<string>> NamesByFolder(IEnumerable<string> files)
    {
        var names = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var file in files)
        {
            var slash = file.LastIndexOf('/');
            AddName(names, slash < 0 ? "" : file[..slash], file[(slash + 1)..]);
        }

        foreach (var list in names.Values)
        {
            list.Sort(StringComparer.Ordinal);
        }

        return names;
    }

    public static FileInventory Scan(string root, DiagnosticBag diagnostics)
    {
        var full = Path.GetFullPath(root);
        var found = new Found();
        var folders = new List<(string Folder, string Path)>();
        Walk(full, full, "", found, diagnostics, folders);
        // Locale folders hold thousands of files: the root's folders are walked in parallel.
        var parts = folders.AsParallel().Select(folder =>
        {
            var part = new Found();
            Walk(folder.Folder, full, folder.Path, part, diagnostics, deferred: null);
            return part;
        }).ToList();
        found.Files.EnsureCapacity(found.Files.Count + parts.Sum(part => part.Files.Count));
        foreach (var part in parts)
        {
            found.Files.UnionWith(part.Files);
            foreach (var (folder, names) in part.NamesByFolder)
            {
                found.NamesByFolder[folder] = names;
            }
        }

        return new FileInventory(full, found.Files, found.NamesByFolder);
    }

    // What a walk finds: docset paths, and each folder's file names in the order the walk meets them (ordinal).
    private sealed class Found
    {
        public HashSet<string> Files { get; } = new(StringComparer.Ordinal);

        public Dictionary<string, List<string>> NamesByFolder { get; } = new(StringComparer.Ordinal);

        public void Add(string folder, string name, string path)
        {
            Files.Add(path);
            AddName(NamesByFolder, folder, name);
        }
    }

    private static void AddName(Dictionary<string, List<string>> namesByFolder, string folder, string name)
    {
        if (!namesByFolder.TryGetValue(folder, out var names))
        {
            namesByFolder[folder] = names = [];
        }

        names.Add(name);
    }

    /// <param name="folder">The folder's full path; <paramref name="relative"/> is its docset path.</param>
    /// <param name="deferred">When given, subfolders are added to it instead of walked.</param>
    private static void Walk(string folder, string root, string relative, Found found, DiagnosticBag diagnostics, List<(string, string)>? deferred)
    {
        List<FolderEntry> entries;
        try
        {
            entries = FolderEntries.Read(folder);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            Skip(diagnostics, relative, $"folder '{relative}/' cannot be read: {ex.Message}");
            return;
        }

        foreach (var (name, kind) in entries)
        {
            if (name.StartsWith('.'))
            {
                continue;
            }

            var path = relative.Length == 0 ? name : relative + "/" + name;
            if (kind == EntryKind.File)
            {
                found.Add(relative, name, path);
                continue;
            }

            var full = Path.Combine(folder, name);
            if (kind == EntryKind.Symlink && Unsafe(FolderEntries.InfoOf(full), root, path, diagnostics))
            {
                continue;
            }

            if (kind == EntryKind.Folder)
            {
                if (deferred is null)
                {
                    Walk(full, root, path, found, diagnostics, deferred: null);
                }
                else
                {
                    deferred.Add((full, path));
                }
            }
            else if (kind == EntryKind.Special || (kind == EntryKind.Symlink && !UnixFileType.IsRegularOrDirectory(full)))
            {
                Skip(diagnostics, path, $"'{path}' is not a regular file (a FIFO, device or socket); it is not read");
            }
            else
            {
                found.Add(relative, name, path);
            }
        }
    }

    // The scan never enters a symlinked folder, so a file below one is not part of the docset.
    private bool HasLinkedFolder(string docsetPath)
    {
        var folder = Root;
        foreach (var segment in docsetPath.Split('/').SkipLast(1))
        {
            folder = Path.Combine(folder, segment);
            if (new DirectoryInfo(folder).LinkTarget is not null)
            {
                return true;
            }
        }

        return false;
    }

    // Symlinked folders are never followed (a link to ".." would loop); symlinked files only when they stay inside the root.
    private static bool Unsafe(FileSystemInfo entry, string root, string path, DiagnosticBag diagnostics)
    {
        if (entry is DirectoryInfo)
        {
            Skip(diagnostics, path, $"'{path}' is a symlinked folder (-> {entry.LinkTarget}); symlinked folders are not followed");
            return true;
        }

        FileSystemInfo? target;
        try
        {
            target = entry.ResolveLinkTarget(returnFinalTarget: true);
        }
        catch (IOException)
        {
            target = null;
        }

        if (target is null || !target.Exists)
        {
            Skip(diagnostics, path, $"'{path}' is a symlink to '{entry.LinkTarget}', which does not exist");
            return true;
        }

        var inside = target.FullName.StartsWith(root.TrimEnd(Path.DirectorySeparatorChar) + Path.DirectorySeparatorChar, StringComparison.Ordinal);
        if (!inside)
        {
            diagnostics.Add(Rules.FileOutsideDocset, Severity.Error, new SourceLocation(path, 1),
                $"'{path}' is a symlink to '{entry.LinkTarget}', outside the docset; it is not read or published");
            return true;
        }

        return target is DirectoryInfo && Skip(diagnostics, path, $"'{path}' is a symlink to a folder; symlinked folders are not followed");
    }

    private static bool Skip(DiagnosticBag diagnostics, string path, string message)
    {
        diagnostics.Add(Rules.FileSkipped, Severity.Warning, new SourceLocation(path.Length == 0 ? "." : path, 1), message);
        return true;
    }
}
