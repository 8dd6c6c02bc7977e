using PartnerDocs.Diagnostics;
using PartnerDocs.Toc;

namespace PartnerDocs.Validation.Checks;

/// <summary>topic.orphan: a topic that no entry of its locale's TOC lists, so readers can't navigate to it.</summary>
internal sealed class OrphanRule : IDocsetRule
{
    public void Check(CheckContext context)
    {
        foreach (var locale in context.Docset.Locales)
        {
            var listed = locale.Toc.All().Select(TocIndex.PagePath).OfType<string>().ToHashSet(StringComparer.Ordinal);
            foreach (var topic in locale.Topics.Values.Where(t => !listed.Contains(t.Path)))
            {
                context.Report(Rules.TopicOrphan, new SourceLocation(topic.File, 1),
                    $"no entry of {locale.Toc.File} lists this topic", locale.Name, topic.Path);
            }
        }
    }
}
