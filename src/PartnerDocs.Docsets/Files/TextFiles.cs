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
    /// <param name="folder">The docset root held open by a load (<see cref="DocsetFolder.Open"/>); without it the file is opened by path.</param>
    public static string? Read(FileInventory inventory, string docsetPath, DiagnosticBag diagnostics, string unreadableRule, DocsetFolder? folder = null)
    {
        using var text = ReadPooled(inventory, docsetPath, diagnostics, unreadableRule, folder);
        return text?.Chars.ToString();
    }

    /// <summary>Like <see cref="Read"/>, the text in a pooled buffer, for a caller that keeps only part of it as a string.</summary>
    public static PooledText? ReadPooled(FileInventory inventory, string docsetPath, DiagnosticBag diagnostics, string unreadableRule, DocsetFolder? folder = null)
    {
        var location = new SourceLocation(docsetPath, 1);
        var buffer = DocsetFolder.RentBuffer();
        try
        {
            // Read into a pooled buffer to the end of the file, whose size is not asked first (one system call fewer per file).
            var length = (folder ?? DocsetFolder.ByPath(inventory.Root)).Read(docsetPath, ref buffer, MaxBytes);
            if (length > MaxBytes)
            {
                var size = new FileInfo(Path.Combine(inventory.Root, docsetPath)).Length;
                diagnostics.Add(Rules.FileTooLarge, Severity.Error, location, $"'{docsetPath}' is {size:N0} bytes, over the {MaxBytes:N0}-byte limit for a text file; it is not read");
                return null;
            }

            return Decode(buffer.AsSpan(0, length), docsetPath, diagnostics);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            diagnostics.Add(unreadableRule, Severity.Error, location, $"cannot read '{docsetPath}': {ex.Message}");
            return null;
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    private static PooledText? Decode(ReadOnlySpan<byte> bytes, string docsetPath, DiagnosticBag diagnostics)
    {
        var nul = bytes.IndexOf((byte)0);
        if (nul >= 0)
        {
            diagnostics.Add(Rules.FileEncoding, Severity.Error, new SourceLocation(docsetPath, LineOf(bytes, nul)), $"'{docsetPath}' holds a NUL byte: it is a binary file, not text; it is not read");
            return null;
        }

        // UTF-8 never decodes to more chars than it has bytes, a replaced bad sequence included.
        var chars = ArrayPool<char>.Shared.Rent(Math.Max(1, bytes.Length));
        int length;
        try
        {
            length = Strict.GetChars(bytes, chars);
        }
        catch (DecoderFallbackException ex)
        {
            var line = LineOf(bytes, Math.Max(0, ex.Index));
            diagnostics.Add(Rules.FileEncoding, Severity.Warning, new SourceLocation(docsetPath, line), $"'{docsetPath}' is not valid UTF-8 (first bad byte on line {line}); bad bytes show as U+FFFD");
            length = Encoding.UTF8.GetChars(bytes, chars);
        }

        var start = 0;
        while (start < length && chars[start] == '\uFEFF')
        {
            start++;
        }

        return new PooledText(chars, start, NormalizeLineEnds(chars.AsSpan(start, length - start)));
    }

    // Makes "\r\n" and a lone "\r" "\n" in place; returns the new length.
    private static int NormalizeLineEnds(Span<char> text)
    {
        var cr = text.IndexOf('\r');
        if (cr < 0)
        {
            return text.Length;
        }

        var write = cr;
        for (var read = cr; read < text.Length; read++)
        {
            if (text[read] != '\r')
            {
                text[write++] = text[read];
                continue;
            }

            text[write++] = '\n';
            if (read + 1 < text.Length && text[read + 1] == '\n')
            {
                read++;
            }
        }

        return write;
    }

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
