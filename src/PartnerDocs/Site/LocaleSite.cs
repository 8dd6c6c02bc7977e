using PartnerDocs.Docsets;
using PartnerDocs.Rendering;
using PartnerDocs.Toc;

namespace PartnerDocs.Site;

/// <summary>What every page of one locale shares, computed once per locale.</summary>
public sealed class LocaleSite
{
    public LocaleSite(LocaleContent locale, TemplateSet templates)
    {
        Locale = locale;
        Strings = templates.Strings(locale.Language);
        TocIndex = new TocIndex(locale.Toc);
    }

    public LocaleContent Locale { get; }

    public UiStrings Strings { get; }

    public TocIndex TocIndex { get; }
}
