using System.Security.Cryptography;
using System.Text;

namespace PartnerDocs.Topics;

/// <summary>A short, stable hash of Markdown text that ignores line-ending and trailing-space noise.</summary>
public static class ContentHash
{
    public static string Of(string markdown)
    {
        var normalized = string.Join('\n', markdown.ReplaceLineEndings("\n").Split('\n').Select(l => l.TrimEnd())).Trim();
        var digest = SHA256.HashData(Encoding.UTF8.GetBytes(normalized));
        return Convert.ToHexStringLower(digest)[..16];
    }
}
