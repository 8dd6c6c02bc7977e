using PartnerDocs.Paths;
using PartnerDocs.Diagnostics;
using PartnerDocs.Markdown;
using PartnerDocs.Topics;

namespace PartnerDocs.Validation.Parity;

/// <summary>
/// parity.anchor-missing: anchors of a source topic that links rely on and its translation lacks. Explicit ids
/// ({#id}, &lt;a name&gt;, id=) always count; a generated heading id only when some source topic links to it, since
/// generated ids follow the translated heading text.
/// </summary>
internal sealed class ParityAnchorsRule : IDocsetRule
{
    public void Check(CheckContext context)
    {
        if (context.Source is not { } source)
        {
            return;
        }

        var linked = LinkedFragments(source.Topics.Values);
        foreach (var translation in context.Translations)
        {
            Parallel.ForEach(translation.Topics.Values, topic =>
            {
                if (source.Topics.TryGetValue(topic.Path, out var original))
                {
                    Compare(context, topic, original, linked.GetValueOrDefault(original.Path) ?? []);
                }
            });
        }
    }

    private static void Compare(CheckContext context, Topic topic, Topic original, HashSet<string> linkedIds)
    {
        var ours = context.Anchors.For(topic);
        var required = original.Markdown.Anchors
            .Where(a => a.Kind != AnchorKind.Heading || linkedIds.Contains(a.Id))
            .Select(a => (a.Id, a.Location))
            .Concat(original.Markdown.Headings.Where(h => linkedIds.Contains(h.Id)).Select(h => (h.Id, h.Location)))
            .DistinctBy(a => a.Id);
        foreach (var (id, location) in required.Where(a => !ours.Contains(a.Id)))
        {
            context.Report(Rules.ParityAnchorMissing, new SourceLocation(topic.File, 1),
                $"the source {location} defines anchor '{id}' and this translation does not, so links to #{id} break here", topic.Locale, id);
        }
    }

    // Source topic path -> the fragments source topics link to on it.
    private static Dictionary<string, HashSet<string>> LinkedFragments(IEnumerable<Topic> topics)
    {
        var linked = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        foreach (var topic in topics)
        {
            foreach (var link in topic.Markdown.Links.Where(l => !l.IsExternal && l.Fragment is { Length: > 0 }))
            {
                var target = link.Path.Length == 0 ? topic.Path : SameLocaleTarget(topic, link);
                if (target is not null)
                {
                    if (!linked.TryGetValue(target, out var ids))
                    {
                        linked[target] = ids = new HashSet<string>(StringComparer.Ordinal);
                    }

                    ids.Add(link.Fragment!);
                }
            }
        }

        return linked;
    }

    private static string? SameLocaleTarget(Topic topic, LinkReference link) =>
        link.Resolved is { IsInternal: true, Target: { } target } && DocsetPath.SplitFirst(target) is var (locale, path) && locale == topic.Locale ? path : null;
}
