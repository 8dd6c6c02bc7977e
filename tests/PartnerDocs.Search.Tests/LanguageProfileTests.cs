using PartnerDocs.Search;

namespace PartnerDocs.Tests.Search;

public class LanguageProfileTests
{
    [Theory]
    [InlineData("es-es", "es", true)]
    [InlineData("fr-fr", "fr", true)]
    [InlineData("en-us", "en", true)]
    [InlineData("FR-ca", "fr", true)]
    [InlineData("de-de", "de", true)]
    [InlineData("es", "es", true)]
    [InlineData("ja-jp", "ja", false)]
    [InlineData("zh-cn", "zh", false)]
    [InlineData("pt-br", "pt", false)]
    public void Profiles_are_chosen_by_language_subtag(string locale, string language, bool stemmed)
    {
        var profile = LanguageProfile.ForLocale(locale);
        Assert.Equal(language, profile.Language);
        Assert.Equal(stemmed, profile.HasStemmer);
    }

    [Theory]
    [InlineData("en", "menú.", "men")]
    [InlineData("es", "¿menú?", "menu")]
    [InlineData("fr", "d'installation", "d'install")]
    [InlineData("fr", "«", "")]
    [InlineData("de", "übersicht", "ubersicht")] // the umlaut-initial word keeps its letters
    [InlineData("de", "änderungen.", "ander")]
    [InlineData("pt", "«configuração»", "configuração")]
    [InlineData("ru", "(настройки)", "настройки")]
    [InlineData("ar", "الفواتير،", "الفواتير")]
    [InlineData("ja", "🎉", "🎉")] // no character is dropped
    public void Pipelines_trim_fold_and_stem(string language, string token, string term) =>
        Assert.Equal([term], new TermPipeline(LanguageProfile.ForLocale(language)).Run(token));

    [Theory]
    [InlineData("en", "The")]
    [InlineData("fr", "l'")]
    [InlineData("de", "Über")]
    public void Stop_words_are_dropped_after_trimming(string language, string token) =>
        Assert.Empty(new TermPipeline(LanguageProfile.ForLocale(language)).Run(token.ToLowerInvariant()));

    [Theory]
    [InlineData("账单", "账 账单 单")]
    [InlineData("管理订阅。", "管 管理 理 理订 订 订阅 阅")]
    [InlineData("azure订阅", "azure 订 订阅 阅")]
    [InlineData("サブスクリプション", "サ サブ ブ ブス ス スク ク クリ リ リプ プ プシ シ ショ ョ ョン ン")]
    [InlineData("請求", "請 請求 求")]
    public void Cjk_runs_index_as_characters_and_bigrams(string token, string terms) =>
        Assert.Equal(terms.Split(' '), new TermPipeline(LanguageProfile.ForLocale("zh-cn")).Run(token));

    [Theory]
    [InlineData("账单", "账单")]
    [InlineData("账", "账")]
    [InlineData("azure订阅的", "azure 订阅 阅的")]
    public void Cjk_queries_are_bigrams_or_the_single_character(string token, string terms) =>
        Assert.Equal(terms.Split(' '), new TermPipeline(LanguageProfile.ForLocale("ja-jp")).RunSearch(token));
}
