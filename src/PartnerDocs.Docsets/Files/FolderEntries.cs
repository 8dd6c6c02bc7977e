using System.Runtime.InteropServices;

namespace PartnerDocs.Files;

/// <summary>What a folder entry is, as far as the inventory cares; symlinks are told apart without following them.</summary>
internal enum EntryKind
{
    File,
    Folder,
    Symlink,
    /// <summary>A FIFO, device or socket: opening one may block, so it is never read.</summary>
    Special,
}

/// <summary>One entry of a folder: its name and kind.</summary>
internal readonly record struct FolderEntry(string Name, EntryKind Kind);

/// <summary>
/// Lists a folder with the kind of each entry. On Unix the kind comes from the directory read itself (d_type, through .NET's
/// own native shim libSystem.Native, as .NET's enumeration gets it), so a regular file costs no system call of its own;
/// .NET's FileSystemInfo asks the disk two or three more times per entry (hidden flag, link target, file type). Where the
/// shim or d_type is unavailable, the entry is asked the slow way.
/// </summary>
internal static class FolderEntries
{
    /// <summary>The entries of <paramref name="folder"/> (a full path) in ordinal name order, "." and ".." left out.</summary>
    /// <exception cref="IOException">The folder cannot be read (also <see cref="UnauthorizedAccessException"/>).</exception>
    public static List<FolderEntry> Read(string folder)
    {
        var entries = (OperatingSystem.IsWindows() ? null : Native.TryRead(folder)) ?? Managed(folder);
        entries.Sort((a, b) => string.CompareOrdinal(a.Name, b.Name));
        return entries;
    }

    private static List<FolderEntry> Managed(string folder) =>
        new DirectoryInfo(folder).EnumerateFileSystemInfos().Select(entry => new FolderEntry(entry.Name, KindOf(entry))).ToList();

    /// <summary>The slow way: the link target, then the file type (following the link).</summary>
    private static EntryKind KindOf(FileSystemInfo entry) =>
        entry.LinkTarget is not null ? EntryKind.Symlink
        : entry is DirectoryInfo ? EntryKind.Folder
        : UnixFileType.IsRegularOrDirectory(entry.FullName) ? EntryKind.File
        : EntryKind.Special;

    private static EntryKind KindOf(string path) => KindOf(InfoOf(path));

    /// <summary>The entry at <paramref name="path"/> as .NET describes it (a folder when it is one, or links to one).</summary>
    public static FileSystemInfo InfoOf(string path) => Directory.Exists(path) ? new DirectoryInfo(path) : new FileInfo(path);

    private static class Native
    {
        // NodeType in dotnet/runtime src/native/libs/System.Native/pal_io.h (the d_type values; 0 is unknown).
        private const int Fifo = 1, CharDevice = 2, Directory = 4, BlockDevice = 6, Regular = 8, Link = 10, Socket = 12;

        /// <summary>The entries, or null when the shim is missing or the folder could not be opened or read (the managed path then reports it).</summary>
        public static List<FolderEntry>? TryRead(string folder)
        {
            try
            {
                return Read(folder);
            }
            catch (Exception ex) when (ex is DllNotFoundException or EntryPointNotFoundException)
            {
                return null;
            }
        }

        private static List<FolderEntry>? Read(string folder)
        {
            var dir = OpenDir(folder);
            if (dir == IntPtr.Zero)
            {
                return null;
            }

            try
            {
                var entries = new List<FolderEntry>();
                int result;
                while ((result = ReadDir(dir, out var entry)) == 0)
                {
                    // A negative length means the name ends at its NUL (Linux).
                    var name = entry.NameLength < 0 ? Marshal.PtrToStringUTF8(entry.Name)! : Marshal.PtrToStringUTF8(entry.Name, entry.NameLength);
                    if (name is not ("." or ".."))
                    {
                        entries.Add(new FolderEntry(name, KindOf(entry.InodeType, folder, name)));
                    }
                }

                return result == -1 ? entries : null;
            }
            finally
            {
                _ = CloseDir(dir);
            }
        }

        private static EntryKind KindOf(int type, string folder, string name) => type switch
        {
            Regular => EntryKind.File,
            Directory => EntryKind.Folder,
            Link => EntryKind.Symlink,
            Fifo or CharDevice or BlockDevice or Socket => EntryKind.Special,
            _ => FolderEntries.KindOf(Path.Combine(folder, name)), // Unknown: the file system does not fill d_type
        };

        [DllImport("libSystem.Native", EntryPoint = "SystemNative_OpenDir")]
        private static extern IntPtr OpenDir([MarshalAs(UnmanagedType.LPUTF8Str)] string path);

        // 0: an entry (valid until the next call); -1: the end; any other value: an errno.
        [DllImport("libSystem.Native", EntryPoint = "SystemNative_ReadDir")]
        private static extern int ReadDir(IntPtr dir, out DirectoryEntry entry);

        [DllImport("libSystem.Native", EntryPoint = "SystemNative_CloseDir")]
        private static extern int CloseDir(IntPtr dir);

        // Mirrors DirectoryEntry in pal_io.h.
        [StructLayout(LayoutKind.Sequential)]
        private struct DirectoryEntry
        {
            public IntPtr Name;
            public int NameLength;
            public int InodeType;
        }
    }
}
