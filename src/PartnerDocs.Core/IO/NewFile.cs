using Microsoft.Win32.SafeHandles;

namespace PartnerDocs.IO;

/// <summary>Opens a file that is about to be written whole: created new, truncated only when it already exists.</summary>
public static class NewFile
{
    // .NET's FileMode.Create opens, locks, then truncates even a file it has just created, and ext4 writes a file truncated
    // to nothing back to disk when it is closed (auto_da_alloc), which made closing files the costliest step of a build.
    public static SafeFileHandle Open(string path)
    {
        try
        {
            return File.OpenHandle(path, FileMode.CreateNew, FileAccess.Write, FileShare.Read);
        }
        catch (IOException) when (File.Exists(path))
        {
            return File.OpenHandle(path, FileMode.Create, FileAccess.Write, FileShare.Read);
        }
    }
}
