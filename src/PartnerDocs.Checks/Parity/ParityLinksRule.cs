using PartnerDocs.Diagnostics;
using PartnerDocs.Topics;

namespace PartnerDocs.Validation.Parity;

/// <summary>parity.link-mismatch, both ways: a target the source links to that the translation doesn't, and the reverse.</summary>
internal sealed class ParityLinksRule : ITopicRule
{
    public void Check(CheckContext context, Topic topic)
    {
        if (context.Source is not { } source || topic.Locale == source.Name || !source.Topics.TryGetValue(topic.Path, out var original))
        {
            return;
        }

        // Most translations link to the same targets in the same order: then no target is missing on either side.
        if (LinkTargetKeys.SameInOrder(topic, original))
        {
            return;
        }

        var ours = oursScratch ??= [];
        var theirs = theirsScratch ??= [];
        try
        {
            LinkTargetKeys.Of(topic, ours);
            LinkTargetKeys.Of(original, theirs);
            Compare(context, topic, original, ours, theirs);
        }
        finally
        {
            // Tables grown by a page of thousands of links are dropped, so emptying stays cheap for the next topics.
            if (ours.Count + theirs.Count > 1024)
            {
                oursScratch = theirsScratch = null;
            }
            else
            {
                ours.Clear();
                theirs.Clear();
            }
        }
    }

    // Each thread's two key tables, emptied after each topic (a pair of new ones per topic, and a string per link, were a third of what the rules allocated).
    [ThreadStatic] private static Dictionary<LinkTargetKey, int>? oursScratch;
    [ThreadStatic] private static Dictionary<LinkTargetKey, int>? theirsScratch;

    private static void Compare(CheckContext context, Topic topic, Topic original, Dictionary<LinkTargetKey, int> ours, Dictionary<LinkTargetKey, int> theirs)
    {
        foreach (var (key, index) in theirs)
        {
            if (!ours.ContainsKey(key))
            {
                var link = original.Markdown.Links[index];
                context.Report(Rules.ParityLinkMismatch, new SourceLocation(topic.File, 1),
                    $"the source {link.Location} links to '{link.Url}'; this translation has no link to that target", topic.Locale, key.ToString());
            }
        }

        foreach (var (key, index) in ours)
        {
            if (!theirs.ContainsKey(key))
            {
                var link = topic.Markdown.Links[index];
                context.Report(Rules.ParityLinkMismatch, link.Location,
                    $"links to '{link.Url}', which the source {original.File} does not link to", topic.Locale, key.ToString());
            }
        }
    }
}
