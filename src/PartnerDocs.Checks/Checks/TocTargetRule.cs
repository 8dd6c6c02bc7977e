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
                foreach (var href in new[] { node.Href, node.TopicHref }.OfType<string>().Distinct())
                {
                    context.Targets.Check(locale.Toc.File, locale.Name, href, node.Location, TargetKind.TocEntry);
                }
            }
        }
    }
}
