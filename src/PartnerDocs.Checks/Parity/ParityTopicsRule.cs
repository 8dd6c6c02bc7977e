using PartnerDocs.Diagnostics;
using PartnerDocs.Docsets;

namespace PartnerDocs.Validation.Parity;

/// <summary>
/// Source topics a translation lacks and topics only a translation has. A lacking topic is parity.untranslated (a note)
/// when the site falls back to the source text, and parity.topic-missing (a warning) when fallback: omit drops the page.
/// </summary>
internal sealed class ParityTopicsRule : IDocsetRule
{
    public void Check(CheckContext context)
    {
        if (context.Source is not { } source)
        {
            return;
        }

        var rule = context.Docset.Config.Fallback == FallbackPolicy.Fallback ? Rules.ParityUntranslated : Rules.ParityTopicMissing;
        var shown = rule == Rules.ParityUntranslated ? "readers see the source text" : "the page is left out";
        foreach (var translation in context.Translations)
        {
            foreach (var topic in source.Topics.Values.Where(t => !translation.Topics.ContainsKey(t.Path)))
            {
                context.Report(rule, new SourceLocation(topic.File, 1), $"{translation.Name} has no translation of {topic.File}; {shown}", translation.Name, topic.Path);
            }

            foreach (var topic in translation.Topics.Values.Where(t => !source.Topics.ContainsKey(t.Path)))
            {
                context.Report(Rules.ParityTopicExtra, new SourceLocation(topic.File, 1), $"the source locale {source.Name} has no {topic.Path}", translation.Name, topic.Path);
            }
        }
    }
}
