using PartnerDocs.Markdown;
using PartnerDocs.Topics;

namespace PartnerDocs.Docsets;

/// <summary>
/// Called (in parallel, from the loading threads) with each Markdown topic and its full parse, syntax tree included, which
/// the model does not keep; <paramref name="engine"/> is the loader's, configured by the docset (raw HTML policy).
/// </summary>
public delegate void TopicParsed(Topic topic, ParsedMarkdown parse, MarkdownEngine engine);
