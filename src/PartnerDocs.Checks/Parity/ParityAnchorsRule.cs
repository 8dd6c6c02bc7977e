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

        var linked = LinkedFragments(source.Topics.Values, context.Docset.References);
        foreach (var translation in context.Translations)
        {
            Parallel.ForEach(translation.Topics.Values, topic =>
            {
                if (source.Topics.TryGetValue(topic.Path, out var original))
                {
                    Compare(context, topic, original, linked.GetValueOrDefault(original.Path));
                }
            });
        }
    }

    private static void Compare(CheckContext context, Topic topic, Topic original, HashSet<string>? linkedIds)
    {
        // The anchors include every heading's id: a generated one is required when linked, an explicit one always.
        HashSet<string>? reported = null;
        foreach (var anchor in original.Markdown.Anchors)
        {
            if (anchor.Kind != AnchorKind.Heading || linkedIds?.Contains(anchor.Id) == true)
            {
                Require(context, topic, anchor.Id, anchor.Location, ref reported);
            }
        }
    }

    // Reports a required id the translation lacks, once per id.
    private static void Require(CheckContext context, Topic topic, string id, SourceLocation location, ref HashSet<string>? reported)
    {
        if (!context.Anchors.Defines(topic, id) && (reported ??= new HashSet<string>(StringComparer.Ordinal)).Add(id))
        {
            context.Report(Rules.ParityAnchorMissing, new SourceLocation(topic.File, 1),
                $"the source {location} defines anchor '{id}' and this translation does not, so links to #{id} break here", topic.Locale, id);
        }
    }

    // Source topic path -> the fragments source topics link to on it.
    private static Dictionary<string, HashSet<string>> LinkedFragments(IEnumerable<Topic> topics, ReferenceResolver references)
    {
        var linked = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        var byPath = linked.GetAlternateLookup<ReadOnlySpan<char>>();
        foreach (var topic in topics)
        {
            foreach (var link in topic.Markdown.Links)
            {
                var reference = link.Resolved ?? references.Resolve(topic.File, link.Url);
                if (reference.Fragment is not { Length: > 0 } fragment)
                {
                    continue;
                }

                // Only the topic itself and files of its own locale (a span: most targets are looked up, not added).
                var target = reference.Kind == ReferenceKind.AnchorOnly ? topic.Path
                    : reference.Kind == ReferenceKind.Internal && DocsetPath.IsIn(reference.Target!, topic.Locale, out var rest) ? rest
                    : [];
                if (target.IsEmpty)
                {
                    continue;
                }

                if (!byPath.TryGetValue(target, out var ids))
                {
                    byPath[target] = ids = new HashSet<string>(StringComparer.Ordinal);
                }

                ids.Add(fragment);
            }
        }

        return linked;
    }
}
