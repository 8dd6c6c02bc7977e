using PartnerDocs.Diagnostics;
using PartnerDocs.Docsets;
using PartnerDocs.Markdown.Includes;

namespace PartnerDocs.Tests.Docsets;

/// <summary>Included files are read once at load into the model, and the include graph is checked there.</summary>
public class IncludeLoadingTests
{
    [Fact]
    public void ReportsCycleAtClosingIncludeOnce()
    {
        using var docset = new TempDocset()
            .Write("en-us/TOC.md", "# [Topic](topic.md)\n")
            .Write("en-us/topic.md", "[!INCLUDE[a](includes/a.md)]\n")
            .Write("en-us/includes/a.md", "A text\n\n[!INCLUDE[b](b.md)]\n")
            .Write("en-us/includes/b.md", "B text\n\n\n[!INCLUDE[a](a.md)]\n");

        var cycle = Assert.Single(DocsetLoader.Load(docset.Root).Diagnostics.ToSortedList(), d => d.Rule == Rules.IncludeCycle);

        Assert.Equal(Severity.Error, cycle.Severity);
        Assert.Equal(new SourceLocation("en-us/includes/b.md", 4, 1), cycle.Location);
        Assert.Equal("Include cycle: en-us/includes/a.md -> en-us/includes/b.md -> en-us/includes/a.md.", cycle.Message);
    }

    [Fact]
    public void SelfIncludeIsACycle()
    {
        using var docset = new TempDocset().Write("en-us/TOC.md", "# [Me](self.md)\n").Write("en-us/self.md", "[!INCLUDE[me](self.md)]\n");

        var cycle = Assert.Single(DocsetLoader.Load(docset.Root).Diagnostics.ToSortedList(), d => d.Rule == Rules.IncludeCycle);

        Assert.Equal("Include cycle: en-us/self.md -> en-us/self.md.", cycle.Message);
    }

    [Fact]
    public void ReadsIncludesRelativeToTheIncludingFileSkippingFrontMatterAndKeepingLines()
    {
        using var docset = new TempDocset()
            .Write("en-us/TOC.md", "# [Topic](sub/topic.md)\n")
            .Write("en-us/sub/topic.md", "[!INCLUDE[fm](../includes/fm.md)]\n")
            .Write("en-us/includes/fm.md", "---\ntitle: x\n---\nSee [link](target.md).\n");

        var included = DocsetLoader.Load(docset.Root).Includes["en-us/includes/fm.md"];

        Assert.Equal(new SourceLocation("en-us/includes/fm.md", 4, 5), Assert.Single(included.Markdown.Links).Location);
        Assert.DoesNotContain("title", included.Markdown.PlainText);
    }

    [Fact]
    public void IncludeFanOutLoadsEachFileOnceAndReportsThePageOverTheLimit()
    {
        var docset = new TempDocset().Write("en-us/TOC.md", "# [Topic](topic.md)\n").Write("en-us/topic.md", "[!INCLUDE[f](includes/f0.md)]\n");
        for (var i = 0; i < 25; i++)
        {
            docset.Write($"en-us/includes/f{i}.md", $"{new string('x', 200)}\n\n[!INCLUDE[n](f{i + 1}.md)]\n\n[!INCLUDE[n](f{i + 1}.md)]\n");
        }

        using (docset)
        {
            var loaded = DocsetLoader.Load(docset.Root);

            Assert.Equal(25, loaded.Includes.Count);
            var tooLarge = Assert.Single(loaded.Diagnostics.ToSortedList(), d => d.Rule == Rules.IncludeTooLarge);
            Assert.Equal(new SourceLocation("en-us/topic.md", 1, 1), tooLarge.Location);
        }
    }

    [Fact]
    public void LoadingWithoutBodiesKeepsTheirLengthSoTheSizeLimitStillCountsThem()
    {
        var body = new string('x', IncludeExpander.MaxExpandedChars - 50) + "\n\n[!INCLUDE[i](includes/i.md)]\n";
        using var docset = new TempDocset()
            .Write("en-us/TOC.md", "# [Topic](topic.md)\n")
            .Write("en-us/topic.md", body)
            .Write("en-us/includes/i.md", new string('y', 100) + "\n");

        var withBodies = DocsetLoader.Load(docset.Root);
        var withoutBodies = DocsetLoader.Load(docset.Root, searchText: false, bodies: KeptBodies.None);

        var topic = withoutBodies.Locale("en-us")!.Topics["topic.md"];
        Assert.Null(topic.Body);
        Assert.Equal(body.Length, topic.BodyLength);
        Assert.Equal(body, withBodies.Locale("en-us")!.Topics["topic.md"].Body);
        var tooLarge = Assert.Single(withoutBodies.Diagnostics.ToSortedList(), d => d.Rule == Rules.IncludeTooLarge);
        Assert.Equal(Assert.Single(withBodies.Diagnostics.ToSortedList(), d => d.Rule == Rules.IncludeTooLarge).Message, tooLarge.Message);
    }
}
