using PartnerDocs.Topics;

namespace PartnerDocs.Translation;

/// <summary>Sets one front matter key in a topic's text, leaving every other byte as it was.</summary>
public static class FrontMatterEditor
{
    /// <summary>Replaces the key's line, or adds it before the closing fence, or adds a front matter block; keeps the file's line endings.</summary>
    public static string SetKey(string text, string key, string value)
    {
        var newline = text.Contains("\r\n") ? "\r\n" : "\n";
        var line = $"{key}: {value}";
        if (FrontMatterFence.Find(text, out _) is not { } fence)
        {
            return "---" + newline + line + newline + "---" + newline + text;
        }

        for (var start = fence.YamlStart; start < fence.YamlEnd;)
        {
            var end = text.IndexOf('\n', start) is var n and >= 0 ? n + 1 : text.Length;
            var content = text[start..end].TrimEnd('\r', '\n');
            if (content.StartsWith(key + ":", StringComparison.Ordinal))
            {
                return text[..start] + line + text[(start + content.Length)..];
            }

            start = end;
        }

        return text[..fence.YamlEnd] + line + newline + text[fence.YamlEnd..];
    }
}
