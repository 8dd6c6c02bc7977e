namespace PartnerDocs.Translation;

/// <summary>Sets one front matter key in a topic's text, leaving every other byte as it was.</summary>
public static class FrontMatterEditor
{
    /// <summary>Replaces the key's line, or adds it before the closing fence, or adds a front matter block; keeps the file's line endings.</summary>
    public static string SetKey(string text, string key, string value)
    {
        var newline = text.Contains("\r\n") ? "\r\n" : "\n";
        var line = $"{key}: {value}";
        var lines = SplitKeepingEnds(text);
        if (lines.Count == 0 || lines[0].TrimEnd() != "---")
        {
            return "---" + newline + line + newline + "---" + newline + text;
        }

        for (var i = 1; i < lines.Count; i++)
        {
            var content = lines[i].TrimEnd('\r', '\n');
            if (content.TrimEnd() is "---" or "...")
            {
                lines.Insert(i, line + newline);
                return string.Concat(lines);
            }

            if (content.StartsWith(key + ":", StringComparison.Ordinal))
            {
                lines[i] = line + lines[i][content.Length..];
                return string.Concat(lines);
            }
        }

        return "---" + newline + line + newline + "---" + newline + text;
    }

    private static List<string> SplitKeepingEnds(string text)
    {
        var lines = new List<string>();
        var start = 0;
        while (start < text.Length)
        {
            var end = text.IndexOf('\n', start);
            end = end < 0 ? text.Length : end + 1;
            lines.Add(text[start..end]);
            start = end;
        }

        return lines;
    }
}
