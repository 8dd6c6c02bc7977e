using System.Buffers;
using System.Text;
using PartnerDocs.Docsets;
using PartnerDocs.Files;

namespace PartnerDocs.Tests.Docsets;

/// <summary>Files are read whole, whether through the root a load holds open or by path, and failures keep .NET's own words.</summary>
public class DocsetFolderTests
{
    private static TempDocset Docset() => TempDocset.Create(("en-us/TOC.md", "# [Home](index.md)\n"), ("en-us/index.md", "# Home\n"));

    // Longer than the first pooled buffer, so reading it takes several reads into a buffer that grows.
    private static readonly string LongTopic = "# Long\n\n" + string.Concat(Enumerable.Range(0, 3000).Select(i => $"Line {i} of the long topic.\n")) + "\n## Last heading\n";

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void A_file_longer_than_the_first_buffer_is_read_whole(bool rootHeldOpen) =>
        Assert.Equal(LongTopic, ReadLongTopic(rootHeldOpen, TextFiles.MaxBytes));

    [Fact]
    public void A_loaded_topic_longer_than_the_first_buffer_keeps_its_last_heading()
    {
        using var docset = Docset();
        File.WriteAllText(docset.PathOf("en-us/long.md"), LongTopic);

        var topic = DocsetLoader.Load(docset.Root).Locale("en-us")!.Topics["long.md"];

        Assert.Equal(LongTopic, topic.Body);
        Assert.Contains(topic.Markdown.Anchors, a => a.Id == "last-heading" && a.Location.Line == 3004);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void Reading_stops_once_past_the_limit(bool rootHeldOpen) =>
        Assert.InRange(ReadLongTopic(rootHeldOpen, limit: 1000).Length, 1001, LongTopic.Length - 1);

    // Writes the long topic into a new docset and reads it back as the folder gives it.
    private static string ReadLongTopic(bool rootHeldOpen, int limit)
    {
        using var docset = Docset();
        File.WriteAllText(docset.PathOf("en-us/long.md"), LongTopic);
        using var folder = rootHeldOpen ? DocsetFolder.Open(docset.Root) : DocsetFolder.ByPath(docset.Root);
        var buffer = DocsetFolder.RentBuffer();
        var length = folder.Read("en-us/long.md", ref buffer, limit);
        var text = Encoding.UTF8.GetString(buffer, 0, length);
        ArrayPool<byte>.Shared.Return(buffer);
        return text;
    }

    [Fact]
    public void A_missing_file_read_through_the_open_root_fails_as_dotnet_reports_it()
    {
        using var docset = Docset();
        using var folder = DocsetFolder.Open(docset.Root);
        var buffer = DocsetFolder.RentBuffer();

        var error = Assert.Throws<FileNotFoundException>(() => folder.Read("en-us/gone.md", ref buffer, TextFiles.MaxBytes));

        Assert.Contains(Path.Combine(docset.Root, "en-us/gone.md"), error.Message);
        ArrayPool<byte>.Shared.Return(buffer);
    }
}
