using System.Buffers;
using System.Text;

namespace PartnerDocs.Markdown;

/// <summary>UTF-8 straight from a <see cref="StringBuilder"/>'s chunks, without the string <see cref="StringBuilder.ToString()"/> would make.</summary>
internal static class Utf8Builder
{
    /// <summary>The first <paramref name="length"/> characters of <paramref name="builder"/> as UTF-8.</summary>
    public static byte[] Encode(StringBuilder builder, int length)
    {
        var buffer = ArrayPool<byte>.Shared.Rent(Encoding.UTF8.GetMaxByteCount(length));
        // One encoder for all chunks: a surrogate pair may be split between two of them.
        var encoder = Encoding.UTF8.GetEncoder();
        var written = 0;
        var left = length;
        foreach (var chunk in builder.GetChunks())
        {
            var part = chunk.Span[..Math.Min(chunk.Length, left)];
            left -= part.Length;
            written += encoder.GetBytes(part, buffer.AsSpan(written), flush: left == 0);
            if (left == 0)
            {
                break;
            }
        }

        var bytes = buffer.AsSpan(0, written).ToArray();
        ArrayPool<byte>.Shared.Return(buffer);
        return bytes;
    }
}
