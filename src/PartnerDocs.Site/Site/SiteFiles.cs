using System.Collections.Concurrent;
using System.Text;
using PartnerDocs.IO;
using PartnerDocs.Rendering;

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

    /// <summary>Writes <paramref name="page"/> to <paramref name="path"/>, encoded in <paramref name="buffer"/>, and clears it.</summary>
    public void Write(string path, PageText page, FileBuffer buffer) => Write(path, buffer.Encode(page));

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

        /// <summary>The page to render into; empty again after each write of it.</summary>
        public PageText Page { get; } = new();

        internal ReadOnlySpan<byte> Encode(string text)
        {
            Ensure(Utf8.GetMaxByteCount(text.Length));
            return bytes.AsSpan(0, Utf8.GetBytes(text, bytes));
        }

        internal ReadOnlySpan<byte> Encode(PageText page)
        {
            var inserted = 0;
            for (var i = 0; i < page.Insertions.Count; i++)
            {
                inserted += page.Insertions[i].Utf8.Length;
            }

            Ensure(Utf8.GetMaxByteCount(page.Text.Length) + inserted);
            var length = 0;
            var position = 0; // of the text, in characters
            var next = 0; // the next insertion
            encoder.Reset();
            foreach (var chunk in page.Text.GetChunks())
            {
                var text = chunk.Span;
                while (next < page.Insertions.Count && page.Insertions[next].At <= position + text.Length)
                {
                    var (at, utf8) = page.Insertions[next++];
                    length += encoder.GetBytes(text[..(at - position)], bytes.AsSpan(length), flush: true); // the text before is whole strings
                    text = text[(at - position)..];
                    position = at;
                    utf8.CopyTo(bytes.AsSpan(length));
                    length += utf8.Length;
                }

                length += encoder.GetBytes(text, bytes.AsSpan(length), flush: false);
                position += text.Length;
            }

            for (; next < page.Insertions.Count; next++)
            {
                page.Insertions[next].Utf8.CopyTo(bytes.AsSpan(length));
                length += page.Insertions[next].Utf8.Length;
            }

            length += encoder.GetBytes([], bytes.AsSpan(length), flush: true);
            page.Clear();
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
