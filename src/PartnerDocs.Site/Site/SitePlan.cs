using PartnerDocs.Docsets;

namespace PartnerDocs.Site;

/// <summary>
/// Which pages each locale gets: own topics, plus source fallbacks when the policy allows. Answered from the model on
/// demand (nothing is precomputed), so serve can plan each new model of an edited docset at no cost.
/// </summary>
public sealed class SitePlan(Docset docset)
{
    public Docset Docset => docset;

    public IEnumerable<PagePlan> AllPages => docset.Locales.SelectMany(PagesOf);

    /// <summary>The locale's own topics in path order, then the source topics it falls back to.</summary>
    public IEnumerable<PagePlan> PagesOf(LocaleContent locale)
    {
        var own = locale.Topics.Values.Select(topic => new PagePlan(locale, topic, IsFallback: false));
        return FallbackSource(locale) is { } source
            ? own.Concat(source.Topics.Values.Where(topic => !locale.Topics.ContainsKey(topic.Path)).Select(topic => new PagePlan(locale, topic, IsFallback: true)))
            : own;
    }

    /// <summary>The page at <paramref name="path"/> in a locale, if that locale publishes one.</summary>
    public PagePlan? Find(string locale, string path) => docset.Locale(locale) is { } content ? Find(content, path) : null;

    /// <summary>The page at <paramref name="path"/> in <paramref name="content"/>, if that locale publishes one.</summary>
    public PagePlan? Find(LocaleContent content, string path)
    {
        if (content.Topics.TryGetValue(path, out var topic))
        {
            return new PagePlan(content, topic, IsFallback: false);
        }

        return FallbackSource(content) is { } source && source.Topics.TryGetValue(path, out var fallback) ? new PagePlan(content, fallback, IsFallback: true) : null;
    }

    private LocaleContent? FallbackSource(LocaleContent locale) =>
        docset.Source is { } source && source != locale && docset.Config.Fallback == FallbackPolicy.Fallback ? source : null;
}
