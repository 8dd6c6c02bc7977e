using Markdig;
using Markdig.Parsers;
using Markdig.Renderers;

namespace PartnerDocs.Markdown.FactsOnly;

/// <summary>
/// For a pipeline that only collects facts (check): paragraphs that cannot hold one are not inline-parsed, a third of a
/// typical topic's parsing, and <c>&lt;a name&gt;</c> headings and one-link paragraphs get their few inlines without the
/// inline parser. Text is then missing from the tree, so such a pipeline must never render.
/// </summary>
public sealed class FactsOnlyExtension : IMarkdownExtension
{
    public void Setup(MarkdownPipelineBuilder pipeline)
    {
        if (pipeline.BlockParsers.Find<ParagraphBlockParser>() is { } paragraphs)
        {
            paragraphs.Closed -= PlainParagraphs.LeaveUnparsed;
            paragraphs.Closed += PlainParagraphs.LeaveUnparsed;
            paragraphs.Closed -= LinkedParagraphs.BuildInlines;
            paragraphs.Closed += LinkedParagraphs.BuildInlines;
        }

        if (pipeline.BlockParsers.Find<HeadingBlockParser>() is { } headings)
        {
            headings.Closed -= AnchoredHeadings.BuildInlines;
            headings.Closed += AnchoredHeadings.BuildInlines;
        }
    }

    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer) =>
        throw new InvalidOperationException("a pipeline that parses for facts only cannot render");
}

public static class FactsOnlyPipelineExtensions
{
    public static MarkdownPipelineBuilder UseFactsOnly(this MarkdownPipelineBuilder pipeline)
    {
        pipeline.Extensions.AddIfNotAlready<FactsOnlyExtension>();
        return pipeline;
    }
}
