namespace PartnerDocs.Topics;

/// <summary>
/// Reads the front matter nearly every topic has, one "key: value" line after another with one-line plain or simply quoted
/// values, without building a YAML node tree (YamlDotNet was a tenth of loading). Anything else, even a blank or comment
/// line, is left to the YAML reader; for what this does take, both give the same keys, values and lines (tested).
/// </summary>
internal static class FlatFrontMatter
{
    private const int MaxKeyLength = 128;

    // Keys every Microsoft docs topic repeats, shared rather than copied into each topic's front matter (the model keeps them all).
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> CommonKeys =
        new HashSet<string>(FrontMatter.TextKeys.Concat(["ms.author", "ms.service", "ms.subservice", "ms.localizationpriority", "ms.custom", "ms.reviewer", "manager", "keywords"]), StringComparer.Ordinal)
            .GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>The front matter of <paramref name="yaml"/> (ending at the closing fence), or null when it is not flat.</summary>
    /// <param name="lineOffset">File lines before the first YAML line.</param>
    /// <param name="keptValues">The keys whose values are kept, null for all (see <see cref="FrontMatter.CheckedKeys"/>).</param>
    public static FrontMatter? TryRead(ReadOnlySpan<char> yaml, int lineOffset, int closingLine, IReadOnlySet<string>? keptValues = null)
    {
        if (yaml.IsEmpty || yaml[^1] != '\n')
        {
            return null;
        }

        var entries = new FrontMatterBuilder(yaml.Count('\n'), keptValues);
        for (var line = 1 + lineOffset; !yaml.IsEmpty; line++)
        {
            var end = yaml.IndexOf('\n');
            if (!TryReadLine(yaml[..end], out var key, out var value) || !entries.TryAdd(key, value, line))
            {
                return null;
            }

            yaml = yaml[(end + 1)..];
        }

        return entries.ToFrontMatter(closingLine);
    }

    private static bool TryReadLine(ReadOnlySpan<char> line, out string key, out ReadOnlySpan<char> value)
    {
        key = "";
        value = default;
        var colon = line.IndexOf(':');
        if (colon <= 0 || colon > MaxKeyLength || !IsKey(line[..colon]) || (colon + 1 < line.Length && line[colon + 1] != ' '))
        {
            return false;
        }

        var raw = line[(colon + 1)..].Trim(' ');
        if (!IsValue(raw, out var text))
        {
            return false;
        }

        key = CommonKeys.TryGetValue(line[..colon], out var common) ? common : line[..colon].ToString();
        value = text.Trim();
        return true;
    }

    // A plain ASCII key such as "ms.date"; YAML would read other keys the same, but they are rare enough to leave to it.
    private static bool IsKey(ReadOnlySpan<char> key)
    {
        if (!char.IsAsciiLetter(key[0]))
        {
            return false;
        }

        foreach (var c in key)
        {
            if (!char.IsAsciiLetterOrDigit(c) && c is not ('.' or '_' or '-'))
            {
                return false;
            }
        }

        return true;
    }

    // A one-line value: empty, plain (no indicator first, no ": " or " #" inside), or quoted without escapes.
    private static bool IsValue(ReadOnlySpan<char> raw, out ReadOnlySpan<char> text)
    {
        text = raw;
        foreach (var c in raw)
        {
            if (!IsPlainChar(c))
            {
                return false;
            }
        }

        if (raw.IsEmpty)
        {
            return true;
        }

        if (raw[0] is '"' or '\'')
        {
            var quote = raw[0];
            text = raw.Length >= 2 && raw[^1] == quote ? raw[1..^1] : default;
            return raw.Length >= 2 && raw[^1] == quote && !text.ContainsAny(quote, '\\');
        }

        return "-?:,[]{}#&*!|>%@`".IndexOf(raw[0]) < 0 && raw[^1] != ':' && !raw.Contains(": ", StringComparison.Ordinal)
            && !raw.Contains(" #", StringComparison.Ordinal);
    }

    // Printable YAML characters that are no line break, tab, byte order mark or half of a surrogate pair.
    private static bool IsPlainChar(char c) =>
        c is (>= ' ' and <= '~') or (>= '\u00A0' and <= '\uD7FF' and not '\u2028' and not '\u2029') or (>= '\uE000' and <= '\uFFFD' and not '\uFEFF');
}
