namespace PartnerDocs.Topics;

/// <summary>
/// The one scanner of "---" front matter fences (topics, includes, stamp): the YAML between an opening "---" line and the
/// next "---" or "..." line. Works on any line endings, so stamp can edit a CRLF file in place.
/// </summary>
/// <param name="YamlStart">Offset of the first YAML line.</param>
/// <param name="YamlEnd">Offset of the closing fence line.</param>
/// <param name="BodyStart">Offset just after the closing fence line.</param>
/// <param name="BodyFirstLine">1-based line number of the first body line.</param>
public readonly record struct FrontMatterFence(int YamlStart, int YamlEnd, int BodyStart, int BodyFirstLine)
{
    /// <summary>The fence of <paramref name="text"/>, or null when it has none; <paramref name="unclosed"/> when it opens one it never closes.</summary>
    public static FrontMatterFence? Find(ReadOnlySpan<char> text, out bool unclosed)
    {
        unclosed = false;
        var yamlStart = NextLine(text, 0);
        if (!LineIs(text, 0, yamlStart, "---"))
        {
            return null;
        }

        var line = 2;
        for (var position = yamlStart; position < text.Length; line++)
        {
            var next = NextLine(text, position);
            if (LineIs(text, position, next, "---") || LineIs(text, position, next, "..."))
            {
                return new FrontMatterFence(yamlStart, position, next, line + 1);
            }

            position = next;
        }

        unclosed = true;
        return null;
    }

    private static bool LineIs(ReadOnlySpan<char> text, int start, int end, string content) => text[start..end].TrimEnd().SequenceEqual(content);

    private static int NextLine(ReadOnlySpan<char> text, int start)
    {
        var newline = text[start..].IndexOf('\n');
        return newline < 0 ? text.Length : start + newline + 1;
    }
}
