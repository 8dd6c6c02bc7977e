using System.Buffers;
using System.Text;
using PartnerDocs.Diagnostics;

namespace PartnerDocs.Files;

/// <summary>
/// Reads the docset's text files (topics, includes, TOCs, YAML pages) within limits: at most <see cref="MaxBytes"/> bytes,
/// UTF-8 (a BOM is dropped; invalid bytes are reported and replaced), no NUL bytes (a binary file), line endings made "\n"
/// (a lone CR, classic Mac style, is a line end too, as Markdig reads it).
/// </summary>
public static class TextFiles
{
    public const int MaxBytes = 4 * 1024 * 1024;

    private static readonly UTF8Encoding Strict = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>The file's text, or null (with a diagnostic under <paramref name="unreadableRule"/>) when it cannot be used.</summary>
    public static string? Read(FileInventory inventory, string docsetPath, DiagnosticBag diagnostics, string unreadableRule)
    {
        var location = new SourceLocation(docsetPath, 1);
        byte[] buffer;
        int length;
        try
        {
            // One open and fstat per file, read into a pooled buffer: the docset's 30,000 topics are all read here.
            using var handle = File.OpenHandle(Path.Combine(inventory.Root, docsetPath));
            var size = RandomAccess.GetLength(handle);
            if (size > MaxBytes)
            {
                diagnostics.Add(Rules.FileTooLarge, Severity.Error, location, $"'{docsetPath}' is {size:N0} bytes, over the {MaxBytes:N0}-byte limit for a text file; it is not read");
                return null;
            }

            buffer = ArrayPool<byte>.Shared.Rent((int)size + 1);
            length = ReadAll(handle, buffer);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            diagnostics.Add(unreadableRule, Severity.Error, location, $"cannot read '{docsetPath}': {ex.Message}");
            return null;
        }

        try
        {
            return Decode(buffer.AsSpan(0, length), docsetPath, diagnostics);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    // Reads to the end of the file (which may have grown since its size was taken) or until the buffer is full.
    private static int ReadAll(Microsoft.Win32.SafeHandles.SafeFileHandle handle, byte[] buffer)
    {
        var length = 0;
        int read;
        while (length < buffer.Length && (read = RandomAccess.Read(handle, buffer.AsSpan(length), length)) > 0)
        {
            length += read;
        }

        return length;
    }

    private static string? Decode(ReadOnlySpan<byte> bytes, string docsetPath, DiagnosticBag diagnostics)
    {
        var nul = bytes.IndexOf((byte)0);
        if (nul >= 0)
        {
            diagnostics.Add(Rules.FileEncoding, Severity.Error, new SourceLocation(docsetPath, LineOf(bytes, nul)), $"'{docsetPath}' holds a NUL byte: it is a binary file, not text; it is not read");
            return null;
        }

        string text;
        try
        {
            text = Strict.GetString(bytes);
        }
        catch (DecoderFallbackException ex)
        {
            var line = LineOf(bytes, Math.Max(0, ex.Index));
            diagnostics.Add(Rules.FileEncoding, Severity.Warning, new SourceLocation(docsetPath, line), $"'{docsetPath}' is not valid UTF-8 (first bad byte on line {line}); bad bytes show as U+FFFD");
            text = Encoding.UTF8.GetString(bytes);
        }

        return NormalizeLineEnds(text.TrimStart('\uFEFF'));
    }

    public static string NormalizeLineEnds(string text) =>
        text.Contains('\r') ? text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n') : text;

    private static int LineOf(ReadOnlySpan<byte> bytes, int index)
    {
        var line = 1;
        for (var i = 0; i < index && i < bytes.Length; i++)
        {
            if (bytes[i] == '\n')
            {
                line++;
            }
        }

        return line;
    }
}
