using System.Buffers;

namespace PartnerDocs.Files;

/// <summary>A file's text in a buffer borrowed from the shared pool, given back on <see cref="Dispose"/>.</summary>
public sealed class PooledText(char[] buffer, int start, int length) : IDisposable
{
    private char[]? buffer = buffer;

    public ReadOnlySpan<char> Chars => (buffer ?? throw new ObjectDisposedException(nameof(PooledText))).AsSpan(start, length);

    public void Dispose()
    {
        if (buffer is not null)
        {
            ArrayPool<char>.Shared.Return(buffer);
            buffer = null;
        }
    }
}
