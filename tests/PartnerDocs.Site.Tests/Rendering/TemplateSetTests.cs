using PartnerDocs.Rendering;

namespace PartnerDocs.Tests.Rendering;

/// <summary>Scriban templates escape by default: only <see cref="TrustedHtml"/> from C# reaches the page unencoded.</summary>
public class TemplateSetTests
{
    private const string Script = "<script>alert(1)</script>";

    private static string Render<TModel>(string page, TModel model, params (string Path, string Text)[] more)
        where TModel : notnull
    {
        using var folder = TempDocset.Create([("page.sbn-html", page), .. more]);
        return TemplateSet.Load(folder.Root).Render("page", model);
    }

    [Fact]
    public void Every_value_a_template_writes_is_html_encoded_in_text_and_attributes()
    {
        var html = Render("<p title=\"{{ Title }}\">{{ Title }}</p><i>{{ 'x' + Title }}</i><b>{{ Title | string.upcase }}</b>", new { Title = "\"'&" + Script });

        Assert.Equal("<p title=\"&quot;&#39;&amp;&lt;script&gt;alert(1)&lt;/script&gt;\">&quot;&#39;&amp;&lt;script&gt;alert(1)&lt;/script&gt;</p>"
            + "<i>x&quot;&#39;&amp;&lt;script&gt;alert(1)&lt;/script&gt;</i><b>&quot;&#39;&amp;&lt;SCRIPT&gt;ALERT(1)&lt;/SCRIPT&gt;</b>", html);
    }

    [Fact]
    public void Trusted_html_from_the_model_is_written_as_is_but_loses_its_trust_once_a_template_changes_it()
    {
        var html = Render("{{ Body }}|{{ Body | string.upcase }}|{{ Body + '' }}", new { Body = new TrustedHtml("<em>ok</em>") });

        Assert.Equal("<em>ok</em>|&lt;EM&gt;OK&lt;/EM&gt;|&lt;em&gt;ok&lt;/em&gt;", html);
    }

    [Fact]
    public void A_template_cannot_make_a_string_trusted()
    {
        var html = Render("{{ capture shown }}<b>{{ Title }}</b>{{ end }}{{ shown }}{{ include 'title' }}", new { Title = Script },
            ("partials/title.sbn-html", "{{ '<i>' }}"));

        Assert.DoesNotContain("<script>", html);
        Assert.DoesNotContain("<b>", html);
        Assert.Contains("&lt;i&gt;", html);
    }

    [Fact]
    public void An_indented_partial_escapes_its_values_once()
    {
        var html = Render("<main>\n    {{ include 'title' }}\n</main>\n", new { Title = "A & B " + Script },
            ("partials/title.sbn-html", "<h1>{{ Title }}</h1>"));

        Assert.Equal("<main>\n    <h1>A &amp; B &lt;script&gt;alert(1)&lt;/script&gt;</h1>\n</main>\n", html);
    }

    [Fact]
    public void A_recursive_partial_gets_its_item_and_escapes_each_level_once()
    {
        var tree = new { Title = "A & B", Children = new[] { new { Title = "C < D", Children = Array.Empty<object>() } } };
        var html = Render("<ul>{{ include 'node' Root }}</ul>", new { Root = tree },
            ("partials/node.sbn-html", "<li>{{ item.Title }}<ul>{{ for child in item.Children }}{{ include 'node' child }}{{ end }}</ul></li>"));

        Assert.Equal("<ul><li>A &amp; B<ul><li>C &lt; D<ul></ul></li></ul></li></ul>", html);
    }

    [Fact]
    public void Html_kept_as_utf8_renders_as_its_text_does_in_the_page_a_partial_a_capture_and_a_filter()
    {
        const string Html = "<em>é ✓ 😀 &amp;</em>";
        using var folder = TempDocset.Create(("page.sbn-html", "<a>{{ Body }}</a>{{ include 'p' }}{{ capture c }}{{ Body }}{{ end }}{{ c }}|{{ Body | string.size }}|{{ Body }}"),
            ("partials/p.sbn-html", "<b>{{ Body }}</b>"));
        var templates = TemplateSet.Load(folder.Root);
        var page = new PageText();

        templates.Render("page", new { Body = TrustedHtml.FromUtf8(System.Text.Encoding.UTF8.GetBytes(Html)) }, page);

        Assert.Equal(templates.Render("page", new { Body = new TrustedHtml(Html) }), page.ToString());
        Assert.Equal(2, page.Insertions.Count); // the page's own two writes; the partial's and the capture's are text
    }

    [Theory]
    [InlineData("{{ 1 + 1 }}")]
    [InlineData("{{ for x in (1..3) }}loop{{ end }}")]
    [InlineData("{% raw %}{{ include 'head' }}")]
    [InlineData("end if else for while capture func ret")]
    public void Template_syntax_inside_model_values_is_text_not_code(string value)
    {
        var html = Render("<p>{{ Title }}</p>", new { Title = value });

        Assert.Equal("<p>" + HtmlText.Encode(value) + "</p>", html);
    }

    [Fact]
    public void A_loop_runs_over_every_entry_of_a_large_list()
    {
        var html = Render("{{ for entry in Items }}.{{ end }}", new { Items = Enumerable.Range(0, 5000).ToList() });

        Assert.Equal(5000, html.Length);
    }

    [Fact]
    public void Model_members_keep_their_csharp_names()
    {
        Assert.Equal("Docs|Home", Render("{{ SiteTitle }}|{{ T.home }}", new { SiteTitle = "Docs", T = new Dictionary<string, string> { ["home"] = "Home" } }));
    }

    [Fact]
    public void Templates_cannot_change_the_built_in_functions_that_pages_rendering_in_parallel_share()
    {
        using var folder = TempDocset.Create(("page.sbn-html", "<p>\n{{ date.format = '%Y' }}</p>"));

        var error = Assert.Throws<TemplateException>(() => TemplateSet.Load(folder.Root).Render("page", new { }));

        Assert.Contains("page.sbn-html:2", error.Message);
    }

    [Fact]
    public void A_template_error_names_the_file_and_line()
    {
        using var folder = TempDocset.Create(("page.sbn-html", "<p>\n{{ if }}\n</p>"));

        var error = Assert.Throws<TemplateException>(() => TemplateSet.Load(folder.Root));

        Assert.Contains("page.sbn-html:2", error.Message);
    }

    [Fact]
    public void A_folder_laid_over_the_defaults_replaces_only_what_it_holds()
    {
        using var folder = TempDocset.Create(("partials/head.sbn-html", "<meta name=\"mine\">"), ("strings/fr.yml", "home: Maison\n"));

        var templates = TemplateSet.Load(folder.Root);

        Assert.Equal([TemplateLocator.Default(), Path.GetFullPath(folder.Root)], templates.Layers);
        Assert.Equal("Maison", templates.Strings("fr")["home"]);
        Assert.Equal("Menu", templates.Strings("fr")["menu"]);
        Assert.Contains("site-header", templates.AssetText("site.css"));
    }

    [Fact]
    public void A_navigation_of_thousands_of_nested_entries_renders_whole()
    {
        var sections = Enumerable.Range(0, 2000).Select(s => new NavItem($"Section {s}", $"s{s}.html",
            Enumerable.Range(0, 12).Select(t => new NavItem($"Topic {s}.{t}", $"t{s}-{t}.html", [], false)).ToList(), false)).ToList();
        var templates = TemplateSet.Load(TemplateLocator.Default());

        var html = templates.Render("nav", new NavModel([new NavItem("Home", "index.html", sections, false)], templates.Strings("en").Values));

        Assert.Contains("t1999-11.html", html);
        Assert.EndsWith("</ul>", html.TrimEnd());
    }

    [Fact]
    public void Each_render_starts_afresh_though_a_thread_renders_them_one_after_another()
    {
        using var folder = TempDocset.Create(
            ("page.sbn-html", "  {{ if seen }}again{{ else }}first{{ end }}{{ seen = true }}\n  {{ include 'lines' 'a' }}\n  {{ include 'lines' 'b' }}\n"),
            ("partials/lines.sbn-html", "{{ if kept }}{{ kept }}{{ end }}{{ kept = item }}<i>{{ item }}</i>\n<i>{{ item }}</i>\n"));
        var templates = TemplateSet.Load(folder.Root);

        var first = templates.Render("page", new { });
        var second = templates.Render("page", new { });

        Assert.Equal("  first\n  <i>a</i>\n<i>a</i>\n\n  <i>b</i>\n<i>b</i>\n\n", first); // a partial's lines as it has them, not indented
        Assert.Equal(first, second);
    }

    [Fact]
    public void A_partial_included_after_spaces_keeps_a_pre_block_as_written()
    {
        using var folder = TempDocset.Create(
            ("page.sbn-html", "<main>\n    {{ include 'code' }}\n</main>"),
            ("partials/code.sbn-html", "<pre>line 1\n  line 2\n</pre>"));

        Assert.Equal("<main>\n    <pre>line 1\n  line 2\n</pre>\n</main>", TemplateSet.Load(folder.Root).Render("page", new { }));
    }

    [Fact]
    public void A_partials_output_kept_in_a_variable_is_written_each_time_as_html()
    {
        using var folder = TempDocset.Create(
            ("page.sbn-html", "{{ list = include 'list' }}<details>{{ list }}</details><aside>{{ list }}</aside>"),
            ("partials/list.sbn-html", "<ul>{{ for id in Ids }}<li>{{ id }}</li>{{ end }}</ul>"));

        var html = TemplateSet.Load(folder.Root).Render("page", new { Ids = new[] { "a", "<b>" } });

        Assert.Equal("<details><ul><li>a</li><li>&lt;b&gt;</li></ul></details><aside><ul><li>a</li><li>&lt;b&gt;</li></ul></aside>", html);
    }

    [Fact]
    public void A_render_that_fails_inside_a_loop_and_an_include_leaves_the_next_render_whole()
    {
        using var folder = TempDocset.Create(
            ("page.sbn-html", "<ul>{{ for i in 1..3 }}<li>{{ include 'entry' i }}</li>{{ end }}</ul>"),
            ("broken.sbn-html", "<ul>{{ for i in 1..3 }}<li>{{ include 'entry' i }}{{ include 'missing' }}</li>{{ end }}</ul>"),
            ("partials/entry.sbn-html", "{{ item }}"));
        var templates = TemplateSet.Load(folder.Root);

        Assert.Throws<TemplateException>(() => templates.Render("broken", new { }));

        Assert.Equal("<ul><li>1</li><li>2</li><li>3</li></ul>", templates.Render("page", new { }));
    }
}
