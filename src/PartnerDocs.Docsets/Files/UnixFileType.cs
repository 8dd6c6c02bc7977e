using System.Runtime.InteropServices;

namespace PartnerDocs.Files;

/// <summary>
/// The kind of a directory entry (regular file, FIFO, device, socket), which .NET's FileInfo does not tell: a FIFO looks
/// like an empty file, and opening one blocks forever. Asks .NET's own native shim (libSystem.Native, present wherever .NET
/// runs on Unix); where that is unavailable every entry counts as regular.
/// </summary>
internal static class UnixFileType
{
    private const int TypeMask = 0xF000;
    private const int Regular = 0x8000;
    private const int Directory = 0x4000;

    /// <summary>True for a regular file or a folder (following symlinks); false for FIFOs, devices, sockets.</summary>
    public static bool IsRegularOrDirectory(string path)
    {
        if (OperatingSystem.IsWindows())
        {
            return true;
        }

        try
        {
            if (Stat(path, out var status) != 0)
            {
                return true; // vanished or unreadable: reading it reports that properly
            }

            var type = status.Mode & TypeMask;
            return type is Regular or Directory;
        }
        catch (Exception ex) when (ex is DllNotFoundException or EntryPointNotFoundException)
        {
            return true;
        }
    }

    [DllImport("libSystem.Native", EntryPoint = "SystemNative_Stat")]
    private static extern int Stat([MarshalAs(UnmanagedType.LPUTF8Str)] string path, out FileStatus status);

    // Mirrors FileStatus in dotnet/runtime src/native/libs/System.Native/pal_io.h; only Mode is read.
    [StructLayout(LayoutKind.Sequential)]
    private struct FileStatus
    {
        public int Flags;
        public int Mode;
        public uint Uid;
        public uint Gid;
        public long Size;
        public long ATime, ATimeNsec, MTime, MTimeNsec, CTime, CTimeNsec, BirthTime, BirthTimeNsec;
        public long Dev, RDev, Ino;
        public uint UserFlags;
    }
}
