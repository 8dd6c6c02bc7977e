using PartnerDocs.Topics;

namespace PartnerDocs.Validation;

/// <summary>A rule that looks at the whole docset once (TOCs, parity of locales).</summary>
internal interface IDocsetRule
{
    void Check(CheckContext context);
}

/// <summary>A rule that looks at one topic at a time; the checker runs these in parallel.</summary>
internal interface ITopicRule
{
    void Check(CheckContext context, Topic topic);
}
