using System.Globalization;
using System.Text;
using Markdig.Renderers.Html;
using Markdig.Syntax;

namespace PartnerDocs.Markdown.Anchors;

/// <summary>GitHub-style heading ids that keep non-ASCII letters, shared by the renderer and the link checker.</summary>
public static class HeadingIds
{
    private static readonly object GeneratedKey = new();

    /// <summary>"Facturación y pagos" -> "facturación-y-pagos"; "Step 1: Sign in" -> "step-1-sign-in".</summary>
    public static string Slugify(string headingText)
    {
        var builder = new StringBuilder(headingText.Length);
        Span<char> lower = stackalloc char[2];
        foreach (var rune in headingText.Trim().EnumerateRunes())
        {
            if (Rune.IsLetterOrDigit(rune) || Rune.GetUnicodeCategory(rune) is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark)
            {
                builder.Append(lower[..Rune.ToLowerInvariant(rune).EncodeToUtf16(lower)]);
            }
            else if (rune.Value is '-' or '_')
            {
                builder.Append((char)rune.Value);
            }
            else if (rune.Value == ' ')
            {
                builder.Append('-');
            }
        }

        return builder.ToString();
    }

    /// <summary>True when the heading's id was generated from its text rather than written as {#id}.</summary>
    public static bool IsGenerated(HeadingBlock heading) => heading.GetData(GeneratedKey) is true;

    /// <summary>Gives every heading without an explicit {#id} a unique slug: x, x-1, x-2.</summary>
    internal static void Assign(MarkdownDocument document)
    {
        var headings = document.Descendants<HeadingBlock>().ToList();
        var used = new HashSet<string>(StringComparer.Ordinal);
        foreach (var heading in headings)
        {
            if (heading.TryGetAttributes()?.Id is { Length: > 0 } id)
            {
                used.Add(id);
            }
        }

        foreach (var heading in headings)
        {
            if (heading.TryGetAttributes()?.Id is { Length: > 0 })
            {
                continue;
            }

            var slug = Slugify(InlineText.Of(heading.Inline));
            if (slug.Length == 0)
            {
                slug = "section";
            }

            var unique = slug;
            for (var n = 1; !used.Add(unique); n++)
            {
                unique = $"{slug}-{n}";
            }

            heading.GetAttributes().Id = unique;
            heading.SetData(GeneratedKey, true);
        }
    }
}
