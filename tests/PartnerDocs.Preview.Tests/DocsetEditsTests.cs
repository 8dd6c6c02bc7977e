using PartnerDocs.Docsets;
using PartnerDocs.Preview;

namespace PartnerDocs.Tests.Preview;

public class DocsetEditsTests
{
    [Fact]
    public void Edited_and_created_files_are_reloaded_one_by_one_and_editor_leftovers_and_hidden_files_are_left_out()
    {
        using var docset = TempDocset.Create(("en-us/TOC.md", "# [Home](index.md)\n"), ("en-us/index.md", "# Home\n"), ("en-us/guide/a.md", "# A\n"));
        var model = DocsetLoader.Load(docset.Root);
        docset.Write("en-us/new.md", "# New\n").Write("en-us/.index.md.swp", "swap");

        var edits = DocsetEdits.Of([docset.PathOf("en-us/index.md"), docset.PathOf("en-us/new.md"), docset.PathOf("en-us/.index.md.swp"),
            docset.PathOf("en-us/index.md~"), docset.PathOf("en-us"), docset.PathOf("en-us/guide")], model);

        Assert.Equal(["en-us/index.md", "en-us/new.md"], edits);
    }

    [Fact]
    public void A_deleted_topic_is_an_edit_of_a_file_the_model_holds()
    {
        using var docset = TempDocset.Create(("en-us/TOC.md", "# [Home](index.md)\n"), ("en-us/index.md", "# Home\n"), ("en-us/a.md", "# A\n"));
        var model = DocsetLoader.Load(docset.Root);
        File.Delete(docset.PathOf("en-us/a.md"));

        Assert.Equal(["en-us/a.md"], DocsetEdits.Of([docset.PathOf("en-us/a.md")], model));
    }

    [Theory]
    [InlineData("moved folder")]
    [InlineData("new folder")]
    [InlineData("templates")]
    [InlineData("lost events")]
    public void Changes_whose_files_may_not_all_have_been_reported_ask_for_a_full_rebuild(string change)
    {
        using var docset = TempDocset.Create(("en-us/TOC.md", "# [Home](index.md)\n"), ("en-us/index.md", "# Home\n"), ("en-us/guide/a.md", "# A\n"));
        var model = DocsetLoader.Load(docset.Root);
        string path;
        switch (change)
        {
            case "moved folder":
                Directory.Move(docset.PathOf("en-us/guide"), docset.PathOf("en-us/guides"));
                path = docset.PathOf("en-us/guide");
                break;
            case "new folder":
                docset.Write("en-us/more/b.md", "# B\n");
                path = docset.PathOf("en-us/more");
                break;
            case "templates":
                path = Path.Combine(Path.GetTempPath(), "templates", "page.sbn-html");
                break;
            default:
                path = "";
                break;
        }

        Assert.Null(DocsetEdits.Of([path], model));
    }
}
