using PartnerDocs.Topics;

namespace PartnerDocs.YamlPages;

/// <summary>
/// A <c>### YamlMime:Landing</c> or <c>### YamlMime:FAQ</c> file as a topic: its metadata as front matter and its content as
/// the equivalent Markdown, each Markdown line carrying the YAML line it came from so links and anchors report real positions.
/// </summary>
/// <param name="Type">The YamlMime type as written ("Landing", "FAQ").</param>
/// <param name="Lines">The 1-based YAML line of each line of <paramref name="Markdown"/>.</param>
public sealed record YamlPage(string Type, FrontMatter FrontMatter, string Markdown, IReadOnlyList<int> Lines);
