using PartnerDocs.Diagnostics;
using PartnerDocs.Docsets;
using PartnerDocs.Markdown;
using PartnerDocs.Topics;
using PartnerDocs.Validation.Targets;

namespace PartnerDocs.Validation.Checks;

/// <summary>include.target-missing: an [!INCLUDE] whose file is not there (include.cycle comes from loading).</summary>
internal sealed class IncludeRule : ITopicRule
{
    public void Check(CheckContext context, Topic topic)
    {
        foreach (var include in topic.Markdown.Includes)
        {
            var docsetPath = PagePaths.Resolve(topic.File, LinkUrl.PathOf(include.Path));
            if (docsetPath is null)
            {
                context.Report(Rules.LinkOutsideDocset, include.Location, $"include '{include.Path}' climbs above the docset root", topic.Locale, include.Path);
            }
            else if (!Exists(context, docsetPath))
            {
                var locale = context.Docset.Locale(topic.Locale)!;
                var closest = Suggester.ClosestFile(Hrefs.SplitFirst(docsetPath).Tail, locale.Files.Where(f => !LocaleFiles.IsTopic(f)));
                context.Report(Rules.IncludeTargetMissing, include.Location, $"include '{include.Path}' does not exist", topic.Locale, include.Path,
                    closest is null ? null : Hrefs.Relative(topic.File, locale.Name + "/" + closest));
            }
        }
    }

    // Includes may live outside locale folders (shared snippets), so those are looked up on disk.
    private static bool Exists(CheckContext context, string docsetPath)
    {
        var (first, rest) = Hrefs.SplitFirst(docsetPath);
        return context.Docset.Locale(first) is { } locale
            ? locale.Files.Contains(rest)
            : File.Exists(Path.Combine(context.Docset.Root, docsetPath));
    }
}
