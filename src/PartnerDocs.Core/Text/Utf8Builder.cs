using System.Buffers;
using System.Text;

namespace PartnerDocs.Text;

/// <summary>UTF-8 straight from a <see cref="StringBuilder"/>'s chunks, without the string <see cref="StringBuilder.ToString()"/> would make.</summary>
public static class Utf8Builder
{
    /// <summary>The first <paramref name="length"/> characters of <paramref name="builder"/> as UTF-8.</summary>
    public static byte[] Encode(StringBuilder builder, int length)
    {
        var buffer = ArrayPool<byte>.Shared.Rent(Encoding.UTF8.GetMaxByteCount(length));
        var encoder = Encoding.UTF8.GetEncoder();
        var written = Encode(encoder, builder, length, buffer);
        written += encoder.GetBytes([], buffer.AsSpan(written), flush: true);
        var bytes = buffer.AsSpan(0, written).ToArray();
        ArrayPool<byte>.Shared.Return(buffer);
        return bytes;
    }

    /// <summary>
    /// Encodes the first <paramref name="length"/> characters of <paramref name="builder"/> into <paramref name="bytes"/>
    /// (room for <see cref="Encoding.GetMaxByteCount"/> of them) and returns how many bytes it wrote. The encoder is not
    /// flushed: a surrogate pair split between two chunks is joined, and the caller may encode more before flushing.
    /// </summary>
    public static int Encode(Encoder encoder, StringBuilder builder, int length, Span<byte> bytes)
    {
        var written = 0;
        var left = length;
        foreach (var chunk in builder.GetChunks())
        {
            if (left == 0)
            {
                break;
            }

            var part = chunk.Span[..Math.Min(chunk.Length, left)];
            left -= part.Length;
            written += encoder.GetBytes(part, bytes[written..], flush: false);
        }

        return written;
    }
}
