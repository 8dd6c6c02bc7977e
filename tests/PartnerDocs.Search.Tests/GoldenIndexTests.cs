using System.Text.RegularExpressions;
using PartnerDocs.Search;

namespace PartnerDocs.Tests.Search;

/// <summary>The worked examples of search-index.md §4, against the document and against lunr.js.</summary>
public partial class GoldenIndexTests
{
    private static readonly LunrField[] Fields = [new("title", 10), new("body")];

    private static List<TestDocument> Spanish() =>
    [
        new("doc1", new() { ["title"] = "Guía de instalación", ["body"] = "Instalar el paquete y configurar el servidor. Ver el menú." }),
        new("doc2", new() { ["title"] = "Configuración avanzada", ["body"] = "La configuración del servidor permite 2 modos de búsqueda: rápida y completa." }),
        new("doc3", new() { ["title"] = "Preguntas frecuentes", ["body"] = "¿Cómo buscar documentos? Busca con palabras-clave." }, Boost: 2),
    ];

    private static List<TestDocument> French() =>
    [
        new("doc1", new() { ["title"] = "Guide d'installation", ["body"] = "Installer le paquet et configurer le serveur. Voir le menu." }),
        new("doc2", new() { ["title"] = "Configuration avancée", ["body"] = "La configuration du serveur permet 2 modes de recherche : rapide et complète." }),
        new("doc3", new() { ["title"] = "Questions fréquentes", ["body"] = "Comment chercher des documents ? Cherchez avec des mots-clés." }, Boost: 2),
    ];

    [Fact]
    public void Spanish_golden_index_matches_the_design_document()
    {
        var design = File.ReadAllText(Path.Combine(TestPaths.Shared, "design", "search-index.md"));
        var expected = JsonBlock().Match(design).Groups[1].Value;

        Assert.StartsWith("{\"version\":\"2.3.9\"", expected);
        Assert.Equal(expected, TestIndexes.BuildWithCSharp(LanguageProfile.Spanish, Fields, Spanish()));
    }

    [Fact]
    public void Spanish_golden_index_matches_lunr_js() =>
        Assert.Equal(
            TestIndexes.BuildWithLunrJs(LanguageProfile.Spanish, Fields, Spanish()),
            TestIndexes.BuildWithCSharp(LanguageProfile.Spanish, Fields, Spanish()));

    [Fact]
    public void French_golden_index_matches_lunr_js_and_has_the_documented_terms()
    {
        var ours = TestIndexes.BuildWithCSharp(LanguageProfile.French, Fields, French());

        Assert.Equal(TestIndexes.BuildWithLunrJs(LanguageProfile.French, Fields, French()), ours);
        string[] terms = ["", "2", "avance", "cherch", "cle", "comment", "complet", "configur", "d'install", "docu", "frequent", "guid",
            "install", "menu", "mod", "mot", "paquet", "permet", "question", "rapid", "recherch", "serveur", "voir"];
        Assert.Equal(terms, InvertedIndexTerm().Matches(ours).Select(m => m.Groups[1].Value));
        Assert.EndsWith("\"pipeline\":[\"trimmer-fr\",\"accentFold-fr\",\"stemmer-fr\"]}", ours);
    }

    [GeneratedRegex("```json\\n(.*?)\\n```", RegexOptions.Singleline)]
    private static partial Regex JsonBlock();

    [GeneratedRegex("\\[\"([^\"]*)\",\\{\"_index\"")]
    private static partial Regex InvertedIndexTerm();
}
