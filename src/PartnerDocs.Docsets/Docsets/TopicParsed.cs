using PartnerDocs.Markdown;
using PartnerDocs.Topics;

namespace PartnerDocs.Docsets;

/// <summary>
/// Called (in parallel, from the loading threads) with each Markdown topic and its full parse, syntax tree included, which
/// the model does not keep; <paramref name="engine"/> is the loader's, configured by the docset (raw HTML policy). Returns
/// whether it rendered the body: under <see cref="KeptBodies.Unrendered"/> a topic it did not render is replaced in the
/// model by a copy that keeps its body.
/// </summary>
public delegate bool TopicParsed(Topic topic, ParsedMarkdown parse, MarkdownEngine engine);
