using PartnerDocs.Search;

namespace PartnerDocs.Tests.Search;

public class LanguageProfileTests
{
    [Theory]
    [InlineData("es-es", "es")]
    [InlineData("fr-fr", "fr")]
    [InlineData("en-us", "en")]
    [InlineData("FR-ca", "fr")]
    [InlineData("de-de", "en")]
    [InlineData("es", "es")]
    public void Profiles_are_chosen_by_language_subtag(string locale, string language) =>
        Assert.Equal(language, LanguageProfile.ForLocale(locale).Language);

    [Theory]
    [InlineData("en", "menú.", "men")]
    [InlineData("es", "¿menú?", "menu")]
    [InlineData("fr", "d'installation", "d'install")]
    [InlineData("fr", "«", "")]
    public void Pipelines_trim_fold_and_stem(string language, string token, string term) =>
        Assert.Equal(term, new TermPipeline(LanguageProfile.ForLocale(language)).Run(token));

    [Theory]
    [InlineData("en", "The")]
    [InlineData("fr", "l'")]
    public void Stop_words_are_dropped_after_trimming(string language, string token) =>
        Assert.Null(new TermPipeline(LanguageProfile.ForLocale(language)).Run(token.ToLowerInvariant()));
}
