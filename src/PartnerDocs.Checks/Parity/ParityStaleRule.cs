using PartnerDocs.Diagnostics;
using PartnerDocs.Docsets;
using PartnerDocs.Topics;

namespace PartnerDocs.Validation.Parity;

/// <summary>parity.stale: the translation records a source hash (source-hash, or OPS ms.openlocfilehash) that the source no longer has.</summary>
internal sealed class ParityStaleRule : ITopicRule
{
    public void Check(CheckContext context, Topic topic)
    {
        if (context.Source is not { } source || topic.Locale == source.Name || !source.Topics.TryGetValue(topic.Path, out var original)
            || !Staleness.IsStale(topic, original))
        {
            return;
        }

        var recorded = topic.FrontMatter.SourceHash;
        var key = recorded is null ? "ms.openlocfilehash" : FrontMatter.SourceHashKey;
        var line = topic.FrontMatter.LineOf(key) ?? 1;
        var message = recorded is null
            ? $"ms.openlocfilehash {topic.FrontMatter.OpenLocFileHash} differs from the source's {original.FrontMatter.OpenLocFileHash}: the translation was made from another version of {original.File}"
            : $"{original.File} changed after this translation was made ({key} {recorded}, source is now {original.BodyHash}); update the translation, then run 'partnerdocs stamp'";
        context.Report(Rules.ParityStale, new SourceLocation(topic.File, line), message, topic.Locale, original.File);
    }
}
