using PartnerDocs.Markdown;
using PartnerDocs.Topics;
using PartnerDocs.Validation.Targets;

namespace PartnerDocs.Validation.Checks;

/// <summary>link.target-missing, image.target-missing, link.anchor-missing, link.outside-docset, link.unsafe-scheme for every link and image of a topic.</summary>
internal sealed class LinkRule : ITopicRule
{
    public void Check(CheckContext context, Topic topic)
    {
        foreach (var link in topic.Markdown.Links)
        {
            var kind = link.Kind == LinkKind.Image ? TargetKind.Image : TargetKind.Link;
            context.Targets.Check(link.Resolved ?? context.Docset.References.Resolve(topic.File, link.Url), topic.Locale, link.Location, kind);
        }
    }
}
