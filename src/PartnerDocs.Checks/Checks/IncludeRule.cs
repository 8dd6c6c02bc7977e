using PartnerDocs.Diagnostics;
using PartnerDocs.Docsets;
using PartnerDocs.Paths;
using PartnerDocs.Topics;
using PartnerDocs.Validation.Targets;

namespace PartnerDocs.Validation.Checks;

/// <summary>include.target-missing: an [!INCLUDE] whose file is not there (include.cycle and include.too-large come from loading).</summary>
internal sealed class IncludeRule : ITopicRule
{
    public void Check(CheckContext context, Topic topic)
    {
        foreach (var include in topic.Markdown.Includes)
        {
            var reference = include.Resolved ?? context.Docset.References.Resolve(topic.File, include.Path);
            if (reference.Kind == ReferenceKind.OutsideDocset)
            {
                context.Report(Rules.LinkOutsideDocset, include.Location, $"include '{include.Path}' climbs above the docset root", topic.Locale, include.Path);
            }
            else if (reference.Kind != ReferenceKind.Internal)
            {
                context.Report(Rules.IncludeTargetMissing, include.Location, $"include '{include.Path}' is not a file of the docset", topic.Locale, include.Path);
            }
            else if (!context.Docset.Includes.ContainsKey(reference.Target!))
            {
                var locale = context.Docset.Locale(topic.Locale)!;
                var closest = Suggester.ClosestFile(DocsetPath.SplitFirst(reference.Target!).Tail, locale.Files.Where(f => !TopicFiles.IsTopic(f)));
                context.Report(Rules.IncludeTargetMissing, include.Location, $"include '{include.Path}' does not exist", topic.Locale, include.Path,
                    closest is null ? null : DocsetPath.Relative(topic.File, locale.Name + "/" + closest));
            }
        }
    }
}
