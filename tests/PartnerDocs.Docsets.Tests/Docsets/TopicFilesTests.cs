using PartnerDocs.Docsets;

namespace PartnerDocs.Tests.Docsets;

/// <summary>Which files of a locale are topics: Markdown and YAML pages, never a TOC nor a file under an includes folder.</summary>
public class TopicFilesTests
{
    [Theory]
    [InlineData("billing.md")]
    [InlineData("billing/invoices.MD")]
    [InlineData("reference/index.yml")]
    [InlineData("includes.md")]
    [InlineData("my-includes/note.md")]
    [InlineData("guides/includes-and-notes.md")]
    public void A_page_is_a_topic(string path) => Assert.True(TopicFiles.IsTopic(path));

    [Theory]
    [InlineData("TOC.md")]
    [InlineData("billing/toc.MD")]
    [InlineData("toc.yml")]
    [InlineData("includes/note.md")]
    [InlineData("billing/Includes/note.md")]
    [InlineData("a/b/INCLUDES/c/note.md")]
    [InlineData("media/chart.png")]
    public void A_toc_an_include_or_a_resource_is_not(string path) => Assert.False(TopicFiles.IsTopic(path));
}
