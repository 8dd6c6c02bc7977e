using PartnerDocs.Docsets;

namespace PartnerDocs.Site;

/// <summary>Which pages each locale gets, decided once: own topics, plus source fallbacks when the policy allows.</summary>
public sealed class SitePlan
{
    private readonly Dictionary<string, Dictionary<string, PagePlan>> pagesByLocale = new(StringComparer.Ordinal);

    public SitePlan(Docset docset)
    {
        Docset = docset;
        foreach (var locale in docset.Locales)
        {
            var pages = locale.Topics.Values.ToDictionary(t => t.Path, t => new PagePlan(locale, t, IsFallback: false), StringComparer.Ordinal);
            if (docset.Source is { } source && source != locale && docset.Config.Fallback == FallbackPolicy.Fallback)
            {
                foreach (var topic in source.Topics.Values.Where(t => !pages.ContainsKey(t.Path)))
                {
                    pages[topic.Path] = new PagePlan(locale, topic, IsFallback: true);
                }
            }

            pagesByLocale[locale.Name] = pages;
        }
    }

    public Docset Docset { get; }

    public IEnumerable<PagePlan> AllPages => pagesByLocale.Values.SelectMany(p => p.Values);

    public IReadOnlyCollection<PagePlan> PagesOf(LocaleContent locale) => pagesByLocale[locale.Name].Values;

    /// <summary>The page at <paramref name="path"/> in a locale, if that locale publishes one.</summary>
    public PagePlan? Find(string locale, string path) =>
        pagesByLocale.TryGetValue(locale, out var pages) && pages.TryGetValue(path, out var page) ? page : null;
}
