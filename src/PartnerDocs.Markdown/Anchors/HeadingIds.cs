using System.Globalization;
using System.Text;
using Markdig.Renderers.Html;
using Markdig.Syntax;

namespace PartnerDocs.Markdown.Anchors;

/// <summary>GitHub-style heading ids that keep non-ASCII letters, shared by the renderer and the link checker.</summary>
public static class HeadingIds
{
    // A generated id's heading keeps, under this key, the text the id was made from (the collector needs it too).
    private static readonly object GeneratedKey = new();

    // The heading text of every topic is gathered here, one heading at a time per thread.
    [ThreadStatic] private static StringBuilder? scratch;

    // Each thread's headings and ids of the document it is assigning ids in (emptied after each), instead of new ones per topic.
    [ThreadStatic] private static List<HeadingBlock>? headingsScratch;
    [ThreadStatic] private static HashSet<string>? usedScratch;

    /// <summary>"Facturación y pagos" -> "facturación-y-pagos"; "Step 1: Sign in" -> "step-1-sign-in".</summary>
    public static string Slugify(string headingText)
    {
        var text = headingText.AsSpan().Trim();
        if (Ascii.IsValid(text))
        {
            return SlugifyAscii(text);
        }

        var builder = new StringBuilder(text.Length);
        Span<char> lower = stackalloc char[2];
        foreach (var rune in text.EnumerateRunes())
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

    // The same rules as for any text, a character at a time: most headings are ASCII.
    private static string SlugifyAscii(ReadOnlySpan<char> text)
    {
        Span<char> slug = text.Length <= 256 ? stackalloc char[text.Length] : new char[text.Length];
        var length = 0;
        foreach (var c in text)
        {
            if (char.IsAsciiLetterOrDigit(c))
            {
                slug[length++] = char.ToLowerInvariant(c);
            }
            else if (c is '-' or '_')
            {
                slug[length++] = c;
            }
            else if (c == ' ')
            {
                slug[length++] = '-';
            }
        }

        return new string(slug[..length]);
    }

    /// <summary>True when the heading's id was generated from its text rather than written as {#id}.</summary>
    public static bool IsGenerated(HeadingBlock heading) => heading.GetData(GeneratedKey) is string;

    /// <summary>The plain text a generated id was made from; null for a heading with an explicit {#id}.</summary>
    internal static string? SourceText(HeadingBlock heading) => heading.GetData(GeneratedKey) as string;

    /// <summary>Gives every heading without an explicit {#id} a unique slug: x, x-1, x-2.</summary>
    internal static void Assign(MarkdownDocument document)
    {
        var headings = headingsScratch ??= [];
        var used = usedScratch ??= new HashSet<string>(StringComparer.Ordinal);
        try
        {
            AssignIds(document, headings, used);
        }
        finally
        {
            headings.Clear();
            // A set grown by a page of thousands of headings is dropped, so clearing stays cheap for the next ones.
            if (used.Count > 256)
            {
                usedScratch = null;
            }
            else
            {
                used.Clear();
            }
        }
    }

    private static void AssignIds(MarkdownDocument document, List<HeadingBlock> headings, HashSet<string> used)
    {
        CollectHeadings(document, headings);
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

            var text = InlineText.Of(heading.Inline, scratch ??= new StringBuilder());
            var slug = Slugify(text);
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
            heading.SetData(GeneratedKey, text);
        }
    }

    // Headings in document order; only container blocks (lists, quotes, alerts, divs) can hold one.
    private static void CollectHeadings(ContainerBlock container, List<HeadingBlock> headings)
    {
        foreach (var block in container)
        {
            if (block is HeadingBlock heading)
            {
                headings.Add(heading);
            }
            else if (block is ContainerBlock child)
            {
                CollectHeadings(child, headings);
            }
        }
    }
}
