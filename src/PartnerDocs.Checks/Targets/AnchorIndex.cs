using System.Collections.Concurrent;
using System.Text;
using PartnerDocs.Docsets;
using PartnerDocs.Markdown;
using PartnerDocs.Topics;

namespace PartnerDocs.Validation.Targets;

/// <summary>The fragment ids each page defines (headings, {#id}, &lt;a name&gt;, id=, and those of its includes), built once per topic.</summary>
internal sealed class AnchorIndex(Docset docset)
{
    // A page with at most this many ids of its own and no includes is searched directly: building its set would cost more.
    private const int ScanLimit = 32;

    // Keyed by the topic itself: a docset holds one Topic per file, and Topic.File would build a string per lookup.
    private readonly ConcurrentDictionary<Topic, IReadOnlySet<string>> byTopic = new(ReferenceEqualityComparer.Instance);

    /// <summary>Whether the page defines <paramref name="id"/>.</summary>
    public bool Defines(Topic topic, string id)
    {
        var markdown = topic.Markdown;
        return markdown.Includes.Count == 0 && markdown.Anchors.Count <= ScanLimit
            ? Declares(markdown, id)
            : byTopic.GetOrAdd(topic, Collect).Contains(id);
    }

    /// <summary>Why <paramref name="fragment"/> (percent-decoded) misses the page, with the id it nearly names; null when it exists.</summary>
    public AnchorMiss? Miss(Topic topic, string fragment) =>
        fragment.Length == 0 || Defines(topic, fragment) ? null : Nearest(byTopic.GetOrAdd(topic, Collect), fragment);

    // A method of its own: in Miss, the closure of these lambdas was allocated on every call, found or not.
    private static AnchorMiss Nearest(IReadOnlySet<string> ids, string fragment)
    {
        var normalized = fragment.Normalize(NormalizationForm.FormC);
        if (ids.FirstOrDefault(id => id.Normalize(NormalizationForm.FormC) == normalized) is { } sameText)
        {
            return new AnchorMiss(sameText, "differs only in Unicode normalization (NFC/NFD) from");
        }

        var folded = FileLookup.Fold(fragment);
        if (ids.FirstOrDefault(id => FileLookup.Fold(id) == folded) is { } sameLetters)
        {
            return new AnchorMiss(sameLetters, "differs only in letter case from");
        }

        return new AnchorMiss(Suggester.ClosestAnchor(fragment, ids), null);
    }

    private IReadOnlySet<string> Collect(Topic topic)
    {
        var ids = new HashSet<string>(StringComparer.Ordinal);
        Add(ids, topic.Markdown);
        foreach (var include in topic.Markdown.Includes)
        {
            if (include.Resolved is { IsInternal: true, Target: { } target } && docset.Includes.TryGetValue(target, out var included))
            {
                Add(ids, included.Markdown);
            }
        }

        return ids;
    }

    // Anchors hold every heading's id too.
    private static bool Declares(ParsedMarkdown markdown, string id)
    {
        var anchors = markdown.Anchors;
        for (var i = 0; i < anchors.Count; i++)
        {
            if (anchors[i].Id == id)
            {
                return true;
            }
        }

        return false;
    }

    private static void Add(HashSet<string> ids, ParsedMarkdown markdown)
    {
        foreach (var anchor in markdown.Anchors)
        {
            ids.Add(anchor.Id);
        }
    }
}

/// <summary>A fragment that names no anchor: the id it nearly names, and how it differs when only case or encoding does.</summary>
internal sealed record AnchorMiss(string? Nearest, string? OnlyDifference);
