using PartnerDocs.Markdown;
using PartnerDocs.Paths;
using PartnerDocs.Validation.Targets;

namespace PartnerDocs.Validation.Checks;

/// <summary>Links and images inside included files (nested ones too), each file checked once, relative to the included file as DocFX resolves them.</summary>
internal sealed class IncludedLinksRule : IDocsetRule
{
    public void Check(CheckContext context)
    {
        foreach (var included in context.Docset.Includes.Values)
        {
            var locale = DocsetPath.SplitFirst(included.Path).First;
            if (context.Docset.Locale(locale) is null)
            {
                continue;
            }

            foreach (var link in included.Markdown.Links)
            {
                var kind = link.Kind == LinkKind.Image ? TargetKind.Image : TargetKind.Link;
                context.Targets.Check(link.Resolved ?? context.Docset.References.Resolve(included.Path, link.Url), locale, link.Location, kind);
            }
        }
    }
}
