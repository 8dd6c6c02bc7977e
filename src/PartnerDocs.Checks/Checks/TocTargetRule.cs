using PartnerDocs.Validation.Targets;

namespace PartnerDocs.Validation.Checks;

/// <summary>toc.target-missing (and anchors, paths out of the docset) for every TOC entry of every locale.</summary>
internal sealed class TocTargetRule : IDocsetRule
{
    public void Check(CheckContext context)
    {
        foreach (var locale in context.Docset.Locales)
        {
            foreach (var node in locale.Toc.All())
            {
                if (node.Href is { } href)
                {
                    context.Targets.Check(locale.Toc.File, locale.Name, href, node.Location, TargetKind.TocEntry);
                }

                if (node.TopicHref is { } topicHref && topicHref != node.Href)
                {
                    context.Targets.Check(locale.Toc.File, locale.Name, topicHref, node.Location, TargetKind.TocEntry);
                }
            }
        }
    }
}
