using System.Text;
using PartnerDocs.IO;
using PartnerDocs.Text;

namespace PartnerDocs.Search;

/// <summary>
/// Writes the split index's files, each a script calling <c>partnerDocsSearch.receive(name, json)</c>, as UTF-8 without a
/// BOM in one write from a buffer reused file after file (a stream writer per file cost ~80 KB of buffers). Not thread-safe.
/// </summary>
internal sealed class ScriptFileWriter
{
    private const string Start = "partnerDocsSearch.receive(\"";
    private const string End = ");\n";
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);
    private readonly Encoder encoder = Utf8.GetEncoder();
    private byte[] bytes = new byte[64 * 1024];

    /// <summary>Writes <paramref name="folder"/>/<paramref name="name"/>.js handing <paramref name="json"/> to the page.</summary>
    public void Write(string folder, string name, StringBuilder json)
    {
        var size = Utf8.GetMaxByteCount(Start.Length + name.Length + 2 + json.Length + End.Length);
        if (bytes.Length < size)
        {
            bytes = new byte[Math.Max(size, bytes.Length * 2)];
        }

        encoder.Reset();
        var length = Encode(Start, 0);
        length = Encode(name, length);
        length = Encode("\",", length);
        length += Utf8Builder.Encode(encoder, json, json.Length, bytes.AsSpan(length));

        length = Encode(End, length);
        length += encoder.GetBytes([], bytes.AsSpan(length), flush: true);
        using var file = NewFile.Open(Path.Combine(folder, name + ".js"));
        RandomAccess.Write(file, bytes.AsSpan(0, length), 0);
    }

    private int Encode(ReadOnlySpan<char> text, int length) => length + encoder.GetBytes(text, bytes.AsSpan(length), flush: false);
}
