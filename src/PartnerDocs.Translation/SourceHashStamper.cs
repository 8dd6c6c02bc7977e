using PartnerDocs.Paths;
using System.Text;
using PartnerDocs.Docsets;
using PartnerDocs.Topics;

namespace PartnerDocs.Translation;

/// <summary>Records in each translation the hash of the source text it now matches (what a translator runs after updating topics).</summary>
public static class SourceHashStamper
{
    public sealed record Change(string File, string? Before, string After);

    /// <summary>A translation left as it is because editing it would corrupt it.</summary>
    public sealed record Refusal(string File, string Reason);

    /// <param name="locales">Locales to stamp; empty means every translation locale.</param>
    /// <param name="refused">Receives the translations whose front matter cannot be edited safely (not key: value pairs).</param>
    public static IReadOnlyList<Change> Stamp(Docset docset, IReadOnlyCollection<string> locales, List<Refusal>? refused = null)
    {
        var changes = new List<Change>();
        if (docset.Source is not { } source)
        {
            return changes;
        }

        var targets = docset.Locales.Where(l => l != source && (locales.Count == 0 || locales.Contains(l.Name)));
        // YAML pages have no front matter fence to write into; their OPS metadata (ms.openlocfilehash) tells staleness.
        foreach (var topic in targets.SelectMany(l => l.Topics.Values).Where(t => DocsetPath.IsMarkdown(t.Path)))
        {
            if (!source.Topics.TryGetValue(topic.Path, out var original) || topic.FrontMatter.SourceHash == original.BodyHash)
            {
                continue;
            }

            if (!topic.FrontMatter.IsEditable)
            {
                refused?.Add(new Refusal(topic.File, "its front matter is not key: value pairs (see frontmatter.invalid in check); fix it, then stamp"));
                continue;
            }

            var hash = original.BodyHash!; // a source topic always has its body hash
            Write(Path.Combine(docset.Root, topic.File), hash);
            changes.Add(new Change(topic.File, topic.FrontMatter.SourceHash, hash));
        }

        return changes;
    }

    private static void Write(string path, string hash)
    {
        var bytes = File.ReadAllBytes(path);
        var bom = Encoding.UTF8.Preamble;
        var hasBom = bytes.AsSpan().StartsWith(bom);
        var text = Encoding.UTF8.GetString(hasBom ? bytes[bom.Length..] : bytes);
        var edited = Encoding.UTF8.GetBytes(FrontMatterEditor.SetKey(text, FrontMatter.SourceHashKey, hash));
        File.WriteAllBytes(path, hasBom ? [.. bom, .. edited] : edited);
    }
}
