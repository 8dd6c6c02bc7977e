using PartnerDocs.Rendering;

namespace PartnerDocs.Tests.Rendering;

public class TemplateSetTests
{
    [Fact]
    public void An_indented_partial_still_escapes_its_values()
    {
        using var folder = TempDocset.Create(
            ("page.hbs", "<main>\n    {{> title}}\n</main>\n"),
            ("partials/title.hbs", "<h1>{{Title}}</h1>"),
            ("strings/en.yml", "home: Home\n"));

        var html = TemplateSet.Load(folder.Root).Render("page", new { Title = "<script>alert(1)</script>" });

        Assert.Contains("&lt;script&gt;", html);
        Assert.DoesNotContain("<script>", html);
    }
}
