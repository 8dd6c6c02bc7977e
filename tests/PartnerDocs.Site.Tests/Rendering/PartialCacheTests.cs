using System.Text;
using PartnerDocs.Rendering;

namespace PartnerDocs.Tests.Rendering;

/// <summary><c>include_cached "name" key...</c>: one rendering per distinct keys for the pages sharing a cache, never for other keys.</summary>
public sealed class PartialCacheTests : IDisposable
{
    private const string Greeting = "<b>{{ Title }}</b> at {{ Root }}";
    private readonly List<TempDocset> folders = [];

    public void Dispose()
    {
        foreach (var folder in folders)
        {
            folder.Dispose();
        }
    }

    private TemplateSet Templates(string page, string partial = Greeting)
    {
        var folder = TempDocset.Create(("page.sbn-html", page), ("partials/greeting.sbn-html", partial));
        folders.Add(folder);
        return TemplateSet.Load(folder.Root);
    }

    private static string Render<TModel>(TemplateSet templates, TModel model, PartialCache? cache)
        where TModel : notnull
    {
        var output = new StringBuilder();
        templates.Render("page", model, output, cache);
        return output.ToString();
    }

    [Fact]
    public void Pages_passing_equal_keys_reuse_the_first_pages_rendering()
    {
        var templates = Templates("<p>{{ include_cached 'greeting' Root }}</p>");
        var cache = new PartialCache();

        var first = Render(templates, new { Title = "One", Root = "../" }, cache);
        var second = Render(templates, new { Title = "Two", Root = "../" }, cache);

        Assert.Equal("<p><b>One</b> at ../</p>", first);
        Assert.Equal(first, second); // Title is not a key: the template says the output depends on Root only
        Assert.Equal(1, cache.Count);
    }

    [Fact]
    public void A_page_with_other_keys_gets_its_own_rendering()
    {
        var templates = Templates("<p>{{ include_cached 'greeting' Root }}</p>");
        var cache = new PartialCache();

        var top = Render(templates, new { Title = "One", Root = "" }, cache);
        var nested = Render(templates, new { Title = "Two", Root = "../" }, cache);

        Assert.Equal("<p><b>One</b> at </p>", top);
        Assert.Equal("<p><b>Two</b> at ../</p>", nested);
        Assert.Equal(2, cache.Count);
    }

    [Fact]
    public void An_object_key_matches_only_the_same_object_not_one_with_equal_contents()
    {
        var templates = Templates("{{ include_cached 'greeting' Items }}", "{{ for i in Items }}{{ i }}{{ end }}|{{ Title }}");
        var cache = new PartialCache();
        var shared = new List<string> { "a" };

        var first = Render(templates, new { Title = "1", Items = shared }, cache);
        var sameList = Render(templates, new { Title = "2", Items = shared }, cache);
        var equalList = Render(templates, new { Title = "3", Items = new List<string> { "a" } }, cache);

        Assert.Equal("a|1", first);
        Assert.Equal("a|1", sameList);
        Assert.Equal("a|3", equalList);
    }

    [Fact]
    public void Keys_of_different_types_with_the_same_text_are_different_keys()
    {
        var templates = Templates("{{ include_cached 'greeting' Root }}");
        var cache = new PartialCache();

        Assert.Equal("<b>text</b> at 1", Render(templates, new { Title = "text", Root = "1" }, cache));
        Assert.Equal("<b>number</b> at 1", Render(templates, new { Title = "number", Root = 1 }, cache));
    }

    [Fact]
    public void A_plain_include_renders_for_every_page_even_with_a_cache()
    {
        var templates = Templates("{{ include 'greeting' }}");
        var cache = new PartialCache();

        Assert.Equal("<b>One</b> at ../", Render(templates, new { Title = "One", Root = "../" }, cache));
        Assert.Equal("<b>Two</b> at ../", Render(templates, new { Title = "Two", Root = "../" }, cache));
        Assert.Equal(0, cache.Count);
    }

    [Fact]
    public void Without_a_cache_include_cached_renders_each_time()
    {
        var templates = Templates("{{ include_cached 'greeting' Root }}");

        Assert.Equal("<b>One</b> at ../", Render(templates, new { Title = "One", Root = "../" }, cache: null));
        Assert.Equal("<b>Two</b> at ../", Render(templates, new { Title = "Two", Root = "../" }, cache: null));
    }

    [Fact]
    public void A_cached_partial_escapes_its_values_once()
    {
        var templates = Templates("{{ include_cached 'greeting' Root }}");

        Assert.Equal("<b>A &amp; B</b> at &lt;", Render(templates, new { Title = "A & B", Root = "<" }, new PartialCache()));
    }

    [Fact]
    public void A_missing_cached_partial_names_the_file_and_line()
    {
        var templates = Templates("{{ include_cached 'greeting' Root }}\n{{ include_cached 'nope' }}");

        var error = Assert.Throws<TemplateException>(() => Render(templates, new { Title = "A", Root = "" }, new PartialCache()));

        Assert.Contains("page.sbn-html:2", error.Message);
        Assert.Contains("no partial 'nope'", error.Message);
    }
}
