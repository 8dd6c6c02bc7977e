using PartnerDocs.Markdown;
using PartnerDocs.Validation.Targets;

namespace PartnerDocs.Validation.Checks;

/// <summary>Links and images inside included files (nested ones too), each checked once, relative to the included file as DocFX resolves them.</summary>
internal sealed class IncludedLinksRule : IDocsetRule
{
    public void Check(CheckContext context)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var pending = new Queue<ParsedMarkdown>(context.Docset.Locales.SelectMany(l => l.Topics.Values).Select(t => t.Markdown));
        while (pending.TryDequeue(out var markdown))
        {
            foreach (var include in markdown.Includes)
            {
                if (context.Docset.Includes.Resolve(markdown.File, include) is { } included && seen.Add(included.File))
                {
                    CheckLinks(context, included);
                    pending.Enqueue(included);
                }
            }
        }
    }

    private static void CheckLinks(CheckContext context, ParsedMarkdown included)
    {
        var locale = Hrefs.SplitFirst(included.File).First;
        if (context.Docset.Locale(locale) is null)
        {
            return;
        }

        foreach (var link in included.Links)
        {
            context.Targets.Check(included.File, locale, link.Url, link.Location, link.Kind == LinkKind.Image ? TargetKind.Image : TargetKind.Link);
        }
    }
}
