using System.Text.RegularExpressions;

namespace PartnerDocs.Translation.Status;

/// <summary>A Markdown body as its paragraphs (blocks between blank lines), whitespace-normalized so re-wrapping is no change.</summary>
public static partial class Paragraphs
{
    public static IReadOnlyList<string> Of(string markdown) =>
        BlankLines().Split(markdown.ReplaceLineEndings("\n"))
            .Select(block => Whitespace().Replace(block, " ").Trim())
            .Where(block => block.Length > 0)
            .ToList();

    /// <summary>The paragraphs of <paramref name="current"/> that <paramref name="old"/> does not have (each old paragraph matches once).</summary>
    public static IReadOnlyList<string> Changed(string old, string current)
    {
        var remaining = Of(old).GroupBy(p => p, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        var changed = new List<string>();
        foreach (var paragraph in Of(current))
        {
            if (remaining.TryGetValue(paragraph, out var count) && count > 0)
            {
                remaining[paragraph] = count - 1;
            }
            else
            {
                changed.Add(paragraph);
            }
        }

        return changed;
    }

    [GeneratedRegex(@"\n[ \t]*\n")]
    private static partial Regex BlankLines();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
