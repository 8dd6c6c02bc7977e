using System.Buffers;
using System.Runtime.InteropServices;

namespace PartnerDocs.Files;

/// <summary>
/// Reads whole files of a docset. <see cref="Open"/> holds the root folder open while a load reads its topics (Linux): each
/// file is then opened relative to it, so the kernel walks "es-es/a.md" instead of the root's whole path, and read to its
/// end without the two fstat calls .NET makes per file (at 10,000 x 3 topics: 60,000 system calls fewer, check 6% faster).
/// Elsewhere, or where libc cannot be called, files are opened by their full path as .NET does.
/// </summary>
public sealed class DocsetFolder : IDisposable
{
    private const int InitialBuffer = 16 * 1024;

    private static bool libcMissing = !OperatingSystem.IsLinux();

    private readonly string root;
    private int rootHandle;

    private DocsetFolder(string root, int rootHandle)
    {
        this.root = root;
        this.rootHandle = rootHandle;
    }

    /// <summary>Holds <paramref name="root"/> (a full path) open until disposed, where the system allows it.</summary>
    public static DocsetFolder Open(string root) => new(root, libcMissing ? -1 : Libc.TryOpen(root));

    /// <summary>Reads files by their full path, holding nothing open.</summary>
    public static DocsetFolder ByPath(string root) => new(root, -1);

    /// <summary>
    /// Reads <paramref name="docsetPath"/> to its end, or until more than <paramref name="limit"/> bytes are read, into
    /// <paramref name="buffer"/>, a pooled array replaced by a larger pooled one as needed; returns the bytes read.
    /// </summary>
    /// <exception cref="IOException">The file cannot be read (also <see cref="UnauthorizedAccessException"/>).</exception>
    public int Read(string docsetPath, ref byte[] buffer, int limit)
    {
        if (rootHandle >= 0 && Libc.TryRead(rootHandle, docsetPath, ref buffer, limit) is var length and >= 0)
        {
            return length;
        }

        // By path, also after any failure of the native read: .NET then reports it in its own words.
        using var handle = File.OpenHandle(Path.Combine(root, docsetPath));
        long offset = 0;
        while (offset <= limit && RandomAccess.Read(handle, Room(ref buffer, (int)offset), offset) is var read and > 0)
        {
            offset += read;
        }

        return (int)offset;
    }

    public void Dispose()
    {
        if (rootHandle >= 0)
        {
            Libc.Close(rootHandle);
            rootHandle = -1;
        }
    }

    /// <summary>The free part of <paramref name="buffer"/> after <paramref name="used"/> bytes, first doubling a full one.</summary>
    private static Span<byte> Room(ref byte[] buffer, int used)
    {
        if (used == buffer.Length)
        {
            var larger = ArrayPool<byte>.Shared.Rent(buffer.Length * 2);
            buffer.AsSpan(0, used).CopyTo(larger);
            ArrayPool<byte>.Shared.Return(buffer);
            buffer = larger;
        }

        return buffer.AsSpan(used);
    }

    /// <summary>A buffer to pass to <see cref="Read"/>: give it back to <see cref="ArrayPool{T}.Shared"/>.</summary>
    public static byte[] RentBuffer() => ArrayPool<byte>.Shared.Rent(InitialBuffer);

    private static class Libc
    {
        // O_RDONLY | O_CLOEXEC: the same value on every Linux architecture .NET runs on.
        private const int ReadOnly = 0x80000;

        public static int TryOpen(string root)
        {
            try
            {
                return open(root, ReadOnly);
            }
            catch (Exception ex) when (ex is DllNotFoundException or EntryPointNotFoundException)
            {
                libcMissing = true;
                return -1;
            }
        }

        /// <summary>The bytes read, or -1 when the file could not be opened or read this way.</summary>
        public static int TryRead(int rootHandle, string docsetPath, ref byte[] buffer, int limit)
        {
            var file = openat(rootHandle, docsetPath, ReadOnly);
            if (file < 0)
            {
                return -1;
            }

            try
            {
                var length = 0;
                while (length <= limit)
                {
                    var room = Room(ref buffer, length);
                    var count = read(file, ref MemoryMarshal.GetReference(room), room.Length);
                    if (count <= 0)
                    {
                        return count == 0 ? length : -1;
                    }

                    length += (int)count;
                }

                return length;
            }
            finally
            {
                Close(file);
            }
        }

        public static void Close(int handle) => _ = close(handle);

        [DllImport("libc", SetLastError = true)]
        private static extern int open([MarshalAs(UnmanagedType.LPUTF8Str)] string path, int flags);

        [DllImport("libc", SetLastError = true)]
        private static extern int openat(int folder, [MarshalAs(UnmanagedType.LPUTF8Str)] string path, int flags);

        [DllImport("libc", SetLastError = true)]
        private static extern nint read(int file, ref byte buffer, nint count);

        [DllImport("libc")]
        private static extern int close(int handle);
    }
}
