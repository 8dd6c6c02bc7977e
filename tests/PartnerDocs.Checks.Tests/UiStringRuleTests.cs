using PartnerDocs.Diagnostics;
using PartnerDocs.Docsets;
using PartnerDocs.Rendering;
using PartnerDocs.Validation.Checks;

namespace PartnerDocs.Tests.Validation;

public class UiStringRuleTests
{
    [Fact]
    public void A_key_the_locale_language_lacks_is_a_warning_and_a_complete_language_is_not_flagged()
    {
        using var docset = CheckHarness.TwoLocales(("fr-fr/TOC.md", "# [Accueil](index.md)\n"), ("fr-fr/index.md", "---\ntitle: Accueil\n---\n# Accueil\n"));
        // A template folder laid over the defaults adds two strings; its Spanish file has only one of them.
        docset.Write("templates/strings/en.yml", "feedback: Feedback\nfeedbackThanks: Thanks\n");
        docset.Write("templates/strings/es.yml", "feedback: Comentarios\n");
        docset.Write("templates/strings/fr.yml", "feedback: Commentaires\nfeedbackThanks: Merci\n");

        var findings = UiStringRule.Check(DocsetLoader.Load(docset.Root), TemplateSet.Load(docset.PathOf("templates")).MissingStringKeys).ToList();

        var finding = Assert.Single(findings);
        Assert.Equal(Rules.UiStringMissing, finding.Rule);
        Assert.Equal(Severity.Warning, finding.Severity);
        Assert.Equal("es-es", finding.Locale);
        Assert.Equal("feedbackThanks", finding.Target);
    }
}
