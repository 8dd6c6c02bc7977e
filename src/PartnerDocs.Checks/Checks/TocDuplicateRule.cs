using PartnerDocs.Diagnostics;
using PartnerDocs.Toc;

namespace PartnerDocs.Validation.Checks;

/// <summary>toc.duplicate-entry: a page listed twice (a note: the seeds do it on purpose).</summary>
internal sealed class TocDuplicateRule : IDocsetRule
{
    public void Check(CheckContext context)
    {
        foreach (var locale in context.Docset.Locales)
        {
            var first = new Dictionary<string, TocNode>(StringComparer.Ordinal);
            foreach (var node in locale.Toc.All())
            {
                if (TocIndex.PagePath(node) is not { } page || first.TryAdd(page, node))
                {
                    continue;
                }

                context.Report(Rules.TocDuplicateEntry, node.Location,
                    $"'{page}' is already listed at line {first[page].Location.Line}", locale.Name, node.PageHref);
            }
        }
    }
}
