using PartnerDocs.Diagnostics;
using PartnerDocs.Markdown;
using PartnerDocs.YamlPages;

namespace PartnerDocs.Tests.YamlPages;

/// <summary>YAML pages in the shapes partner-center-full uses (index.yml, *-faq.yml).</summary>
public class YamlPageReaderTests
{
    private const string Landing = """
        ### YamlMime:Landing
        title: Documentación del Centro de partners
        summary: El Centro de partners es donde haces crecer tu negocio.
        metadata:
          title: Documentación del Centro de partners
          description: Descripción de la página.
          ms.topic: landing-page
          ms.date: 02/01/2021
        landingContent:
        - title: Introducción al Centro de partners
          linkLists:
          - linkListType: get-started
            links:
            - text: ¿Qué es el Centro de partners?
              url: overview.md
            - text: Más información acerca de Azure Lighthouse
              url: /azure/lighthouse/overview
          - linkListType: how-to-guide
            links:
            - text: Búsqueda de su rol
              url: find-your-role.md
        """;

    private const string Faq = """
        ### YamlMime:FAQ
        metadata:
          title: Preguntas frecuentes sobre pagos
          ms.topic: how-to
        title: Preguntas comunes sobre pagos e impuestos
        summary: >
          **Roles adecuados:** administrador


          A continuación encontrará respuestas.
        sections:
        - name: Administración de perfiles
          questions:
          - question: >
              ¿Por qué tengo que proporcionar mis detalles fiscales?
            answer: >
              Lea [Navegación por chip](chip-intro.md) para obtener instrucciones.
        - name: Ganancias incorrectas o que faltan
          questions:
          - question: >
              ¿Por qué faltan mis ganancias?
            answer: "Consulte [la guía](payout-statement.md#earnings).\n"
        additionalContent: "\n## <a name=\"next-steps\"></a>Pasos siguientes\n\n- [Navegación por CHIP](chip-intro.md)"
        """;

    private readonly DiagnosticBag diagnostics = new();

    [Fact]
    public void A_landing_page_has_its_title_metadata_cards_and_every_link_at_its_yaml_line()
    {
        var page = YamlPageReader.Read(Landing, "es-es/index.yml", diagnostics)!;
        var parsed = new MarkdownEngine().Parse(page.Markdown, "es-es/index.yml", page.Lines);

        Assert.Equal(0, diagnostics.Count);
        Assert.Equal("Landing", page.Type);
        Assert.Equal(("Documentación del Centro de partners", "landing-page"), (page.FrontMatter.Title, page.FrontMatter.MsTopic));
        Assert.Equal(["Documentación del Centro de partners", "Introducción al Centro de partners"], parsed.Headings.Select(h => h.Text));
        Assert.Equal([("overview.md", 15), ("/azure/lighthouse/overview", 17), ("find-your-role.md", 21)],
            parsed.Links.Select(l => (l.Url, l.Location.Line)));
    }

    [Fact]
    public void Consecutive_link_lists_stay_separate_lists()
    {
        var page = YamlPageReader.Read(Landing, "es-es/index.yml", diagnostics)!;
        var html = new MarkdownEngine().Render(new MarkdownEngine().Parse(page.Markdown, "es-es/index.yml", page.Lines), MarkdownRenderContext.Default);

        Assert.Equal(2, html.Split("<ul>").Length - 1);
        Assert.Contains("<a href=\"overview.md\">¿Qué es el Centro de partners?</a>", html);
    }

    [Fact]
    public void A_faq_page_makes_sections_and_questions_headings_with_ids_and_keeps_answers_as_markdown()
    {
        var page = YamlPageReader.Read(Faq, "es-es/payout-faq.yml", diagnostics)!;
        var parsed = new MarkdownEngine().Parse(page.Markdown, "es-es/payout-faq.yml", page.Lines);

        Assert.Equal(0, diagnostics.Count);
        Assert.Equal("Preguntas frecuentes sobre pagos", page.FrontMatter.Title);
        Assert.Equal(
            [(1, "Preguntas comunes sobre pagos e impuestos"), (2, "Administración de perfiles"), (3, "¿Por qué tengo que proporcionar mis detalles fiscales?"),
             (2, "Ganancias incorrectas o que faltan"), (3, "¿Por qué faltan mis ganancias?"), (2, "Pasos siguientes")],
            parsed.Headings.Select(h => (h.Level, h.Text)));
        Assert.Contains(parsed.Headings, h => h.Id == "por-qué-faltan-mis-ganancias");
        Assert.Contains(parsed.Anchors, a => a.Id == "next-steps");
        Assert.Equal([("chip-intro.md", 17), ("payout-statement.md#earnings", 22), ("chip-intro.md", 23)], parsed.Links.Select(l => (l.Url, l.Location.Line)));
    }

    [Fact]
    public void A_faq_with_one_section_shows_no_section_heading()
    {
        // chip-faq.yml: the English sentinel "Ignored" is translated ("Omitido", "Ignoré").
        var page = YamlPageReader.Read("""
            ### YamlMime:FAQ
            title: Preguntas frecuentes
            sections:
            - name: Omitido
              questions:
              - question: ¿Cómo me inscribo?
                answer: Póngase en contacto con su SAS.
            """, "es-es/chip-faq.yml", diagnostics)!;

        var headings = new MarkdownEngine().Parse(page.Markdown, "es-es/chip-faq.yml", page.Lines).Headings;
        Assert.Equal([(1, "Preguntas frecuentes"), (2, "¿Cómo me inscribo?")], headings.Select(h => (h.Level, h.Text)));
    }

    [Theory]
    [InlineData("### YamlMime:Hub\ntitle: Hub\n", 1, "'YamlMime:Hub' pages are not built")]
    [InlineData("- name: Not a page\n", 1, "is not published: a YAML page starts with")]
    public void A_yml_file_that_is_not_a_page_PartnerDocs_builds_is_a_note_and_no_page(string yaml, int line, string message)
    {
        Assert.Null(YamlPageReader.Read(yaml, "es-es/x.yml", diagnostics));

        var note = Assert.Single(diagnostics.ToSortedList());
        Assert.Equal((Rules.YamlPageUnsupported, Severity.Note, line), (note.Rule, note.Severity, note.Location?.Line));
        Assert.Contains(message, note.Message);
    }

    [Theory]
    [InlineData("### YamlMime:FAQ\ntitle: [unclosed\n", Rules.YamlPageInvalid, Severity.Error, 3)]
    [InlineData("### YamlMime:FAQ\ntitle: T\nsections: text\n", Rules.YamlPageInvalid, Severity.Error, 3)]
    [InlineData("### YamlMime:FAQ\ntitle: T\nsections:\n- name: S\n  questions:\n  - answer: A\n", Rules.YamlPageInvalid, Severity.Warning, 6)]
    [InlineData("### YamlMime:Landing\ntitle: T\nbrand: x\n", Rules.YamlPageUnsupported, Severity.Note, 3)]
    public void Broken_or_unknown_parts_are_reported_at_their_line_and_never_throw(string yaml, string rule, Severity severity, int line)
    {
        YamlPageReader.Read(yaml, "es-es/x.yml", diagnostics);

        var diagnostic = Assert.Single(diagnostics.ToSortedList());
        Assert.Equal((rule, severity, line), (diagnostic.Rule, diagnostic.Severity, diagnostic.Location?.Line));
    }
}
