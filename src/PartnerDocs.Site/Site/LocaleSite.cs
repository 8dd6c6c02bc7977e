using PartnerDocs.Docsets;
using PartnerDocs.Rendering;
using PartnerDocs.Toc;

namespace PartnerDocs.Site;

/// <summary>What every page of one locale shares, computed once per locale.</summary>
public sealed class LocaleSite
{
    public LocaleSite(LocaleContent locale, TemplateSet templates, string docsetTitle)
    {
        Locale = locale;
        Title = HomeEntryTitle(locale.Toc) ?? docsetTitle;
        Strings = templates.Strings(locale.Language);
        TocIndex = new TocIndex(locale.Toc);
    }

    private LocaleSite(LocaleContent locale, LocaleSite previous)
    {
        Locale = locale;
        Title = previous.Title;
        Strings = previous.Strings;
        TocIndex = previous.TocIndex;
    }

    public LocaleContent Locale { get; }

    /// <summary>The site's name in this locale's language: the TOC entry of the home page, else the docset title.</summary>
    public string Title { get; }

    public UiStrings Strings { get; }

    public TocIndex TocIndex { get; }

    /// <summary>This locale's shared state for a new version of its content (serve's update): kept while its TOC is the same.</summary>
    public LocaleSite With(LocaleContent content, TemplateSet templates, string docsetTitle) =>
        content.Toc == Locale.Toc ? new LocaleSite(content, this) : new LocaleSite(content, templates, docsetTitle);

    private static string? HomeEntryTitle(TocTree toc) =>
        toc.Roots.FirstOrDefault() is { } first && TocIndex.PagePath(first) is "index.md" or "index.yml" ? first.Title : null;
}
