using PartnerDocs.Diagnostics;
using PartnerDocs.Topics;

namespace PartnerDocs.Tests.Topics;

public class FrontMatterReaderTests
{
    [Fact]
    public void Keeps_known_localization_and_unknown_keys()
    {
        var text = """
            ---
            title: Facturación
            description: Cómo funciona la facturación.
            ms.date: 11/02/2026
            ms.topic: conceptual
            author: writer1
            ms.openlocfilehash: abc123
            ms.sourcegitcommit: 0123456789
            ms.translationtype: HT
            ms.contentlocale: es-ES
            ms.lasthandoff: 10/01/2020
            ms.locfileid: "123456"
            ms.service: partner-dashboard
            keywords: [factura, pago]
            ---
            # Facturación
            """;
        var diagnostics = new DiagnosticBag();

        var (frontMatter, body, firstLine) = FrontMatterReader.Read(text, "es-es/billing.md", diagnostics);

        Assert.Equal(0, diagnostics.Count);
        Assert.Equal(("Facturación", "Cómo funciona la facturación.", "11/02/2026", "conceptual", "writer1"),
            (frontMatter.Title, frontMatter.Description, frontMatter.MsDate, frontMatter.MsTopic, frontMatter.Author));
        Assert.Equal(("abc123", "0123456789", "HT", "es-ES", "10/01/2020", "123456"),
            (frontMatter.OpenLocFileHash, frontMatter.SourceGitCommit, frontMatter.TranslationType, frontMatter.ContentLocale, frontMatter.LastHandoff, frontMatter.LocFileId));
        Assert.Equal("partner-dashboard", frontMatter.Get("ms.service"));
        Assert.Equal("factura, pago", frontMatter.Get("keywords"));
        Assert.Equal(3, frontMatter.LineOf("description"));
        Assert.Equal("# Facturación", body);
        Assert.Equal(16, firstLine);
    }

    [Fact]
    public void Malformed_yaml_is_reported_on_the_file_line_and_the_body_still_loads()
    {
        var text = "---\ntitle: Billing\ndescription: Pay: now\n---\n# Billing\n";
        var diagnostics = new DiagnosticBag();

        var (frontMatter, body, firstLine) = FrontMatterReader.Read(text, "en-us/billing.md", diagnostics);

        var finding = Assert.Single(diagnostics.ToSortedList());
        Assert.Equal(("frontmatter.invalid", "en-us/billing.md", 3), (finding.Rule, finding.Location?.File, finding.Location?.Line));
        Assert.Null(frontMatter.Title);
        Assert.Equal("# Billing\n", body);
        Assert.Equal(5, firstLine);
    }

    [Fact]
    public void Unclosed_front_matter_is_reported_and_the_text_is_kept()
    {
        var diagnostics = new DiagnosticBag();

        var (_, body, firstLine) = FrontMatterReader.Read("---\ntitle: x\n# Heading\n", "en-us/a.md", diagnostics);

        Assert.Contains("no closing '---'", Assert.Single(diagnostics.ToSortedList()).Message);
        Assert.Equal((1, "---\ntitle: x\n# Heading\n"), (firstLine, body));
    }

    [Fact]
    public void Crlf_front_matter_and_no_front_matter()
    {
        var diagnostics = new DiagnosticBag();

        var (frontMatter, body, firstLine) = FrontMatterReader.Read("---\r\ntitle: A\r\n---\r\nText\r\n", "en-us/a.md", diagnostics);
        var plain = FrontMatterReader.Read("# Just text\n", "en-us/b.md", diagnostics);

        Assert.Equal(("A", "Text\r\n", 4), (frontMatter.Title, body, firstLine));
        Assert.Equal((1, "# Just text\n"), (plain.BodyFirstLine, plain.Body));
        Assert.Equal(0, diagnostics.Count);
    }

    [Fact]
    public void Body_hash_ignores_line_endings_and_trailing_spaces_but_not_words()
    {
        Assert.Equal(ContentHash.Of("a  \nb\n"), ContentHash.Of("a\r\nb"));
        Assert.NotEqual(ContentHash.Of("a\nb"), ContentHash.Of("a\nc"));
    }
}
