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

        var ours = LinkTargetKeys.Of(topic);
        var theirs = LinkTargetKeys.Of(original);
        foreach (var (key, index) in theirs)
        {
            if (!ours.ContainsKey(key))
            {
                var link = original.Markdown.Links[index];
                context.Report(Rules.ParityLinkMismatch, new SourceLocation(topic.File, 1),
                    $"the source {link.Location} links to '{link.Url}'; this translation has no link to that target", topic.Locale, key);
            }
        }

        foreach (var (key, index) in ours)
        {
            if (!theirs.ContainsKey(key))
            {
                var link = topic.Markdown.Links[index];
                context.Report(Rules.ParityLinkMismatch, link.Location,
                    $"links to '{link.Url}', which the source {original.File} does not link to", topic.Locale, key);
            }
        }
    }
}
