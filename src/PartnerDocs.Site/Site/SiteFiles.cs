using System.Collections.Concurrent;
using System.Text;
using PartnerDocs.IO;

namespace PartnerDocs.Site;

/// <summary>
/// Writes the files of one build into its staging folder as UTF-8 without a BOM: each file is opened once, written whole
/// and closed, and each folder is created once. Thread-safe; each writing thread brings its own <see cref="FileBuffer"/>.
/// </summary>
public sealed class SiteFiles
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);
    private readonly ConcurrentDictionary<string, bool> folders = new(StringComparer.Ordinal);

    /// <summary>Writes <paramref name="text"/> to <paramref name="path"/>, encoded in <paramref name="buffer"/>.</summary>
    public void Write(string path, string text, FileBuffer buffer) => Write(path, buffer.Encode(text));

    /// <summary>Writes the text of <paramref name="text"/> to <paramref name="path"/>, encoded in <paramref name="buffer"/>.</summary>
    public void Write(string path, StringBuilder text, FileBuffer buffer) => Write(path, buffer.Encode(text));

    /// <summary>Writes one file outside any build's folder cache (its folder is created if missing).</summary>
    public static void WriteOnce(string path, string text)
    {
        StopIfStopping();
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        WriteBytes(path, Utf8.GetBytes(text));
    }

    private void Write(string path, ReadOnlySpan<byte> bytes)
    {
        StopIfStopping();
        var folder = Path.GetDirectoryName(path)!;
        if (!folders.ContainsKey(folder))
        {
            Directory.CreateDirectory(folder); // another thread may create it at the same time: creating is idempotent
            folders.TryAdd(folder, true);
        }

        WriteBytes(path, bytes);
    }

    // After SIGTERM the staging folder is being deleted: do not recreate it.
    private static void StopIfStopping()
    {
        if (ExitCleanup.Stopping)
        {
            throw new OperationCanceledException("stopping");
        }
    }

    private static void WriteBytes(string path, ReadOnlySpan<byte> bytes)
    {
        using var file = NewFile.Open(path);
        RandomAccess.Write(file, bytes, 0);
    }

    /// <summary>One thread's reusable text and UTF-8 buffers, so that writing a page allocates nothing page-sized.</summary>
    public sealed class FileBuffer
    {
        private readonly Encoder encoder = Utf8.GetEncoder();
        private byte[] bytes = new byte[64 * 1024];

        /// <summary>Text to render a page into; empty again after each write of it.</summary>
        public StringBuilder Text { get; } = new();

        internal ReadOnlySpan<byte> Encode(string text)
        {
            Ensure(Utf8.GetMaxByteCount(text.Length));
            return bytes.AsSpan(0, Utf8.GetBytes(text, bytes));
        }

        internal ReadOnlySpan<byte> Encode(StringBuilder text)
        {
            Ensure(Utf8.GetMaxByteCount(text.Length));
            var length = 0;
            encoder.Reset();
            foreach (var chunk in text.GetChunks())
            {
                length += encoder.GetBytes(chunk.Span, bytes.AsSpan(length), flush: false);
            }

            length += encoder.GetBytes([], bytes.AsSpan(length), flush: true);
            text.Clear();
            return bytes.AsSpan(0, length);
        }

        private void Ensure(int size)
        {
            if (bytes.Length < size)
            {
                bytes = new byte[Math.Max(size, bytes.Length * 2)];
            }
        }
    }
}
