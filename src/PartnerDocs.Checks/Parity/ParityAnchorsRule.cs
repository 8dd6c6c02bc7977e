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
                    Compare(context, topic, original, linked);
                }
            });
        }
    }

    private static void Compare(CheckContext context, Topic topic, Topic original, HashSet<(string File, string Fragment)> linked)
    {
        // The anchors include every heading's id: a generated one is required when linked, an explicit one always.
        HashSet<string>? reported = null;
        string? originalFile = null;
        var own = topic.Markdown.Anchors;
        var next = 0; // where the translation's own anchors are searched from: they mostly come in the source's order
        foreach (var anchor in original.Markdown.Anchors)
        {
            if (anchor.Kind != AnchorKind.Heading || linked.Contains((originalFile ??= original.File, anchor.Id)))
            {
                if (IndexOf(own, anchor.Id, next) is var found and >= 0)
                {
                    next = found + 1;
                }
                else
                {
                    Require(context, topic, anchor.Id, anchor.Location, ref reported);
                }
            }
        }
    }

    private static int IndexOf(IReadOnlyList<AnchorDefinition> anchors, string id, int from)
    {
        for (var i = from; i < anchors.Count; i++)
        {
            if (anchors[i].Id == id)
            {
                return i;
            }
        }

        return -1;
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

    // (source topic file, fragment) for each fragment a source topic links to on itself or on a topic of its own locale: one
    // set, not a set per topic (most topics are linked to).
    private static HashSet<(string File, string Fragment)> LinkedFragments(IEnumerable<Topic> topics, ReferenceResolver references)
    {
        var linked = new HashSet<(string File, string Fragment)>();
        foreach (var topic in topics)
        {
            string? file = null;
            foreach (var link in topic.Markdown.Links)
            {
                var reference = link.Resolved ?? references.Resolve(topic.File, link.Url);
                if (reference.Fragment is not { Length: > 0 } fragment)
                {
                    continue;
                }

                var target = reference.Kind == ReferenceKind.AnchorOnly ? file ??= topic.File
                    : reference.Kind == ReferenceKind.Internal && DocsetPath.IsIn(reference.Target!, topic.Locale, out _) ? reference.Target
                    : null;
                if (target is not null)
                {
                    linked.Add((target, fragment));
                }
            }
        }

        return linked;
    }
}
