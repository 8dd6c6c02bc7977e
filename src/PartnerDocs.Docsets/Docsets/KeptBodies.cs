using PartnerDocs.Topics;

namespace PartnerDocs.Docsets;

/// <summary>Which topics keep their Markdown <see cref="Topic.Body"/> in the model after loading.</summary>
public enum KeptBodies
{
    /// <summary>Every topic: the model renders pages again later (serve, status).</summary>
    All,

    /// <summary>None: nothing reads a body after loading (check).</summary>
    None,

    /// <summary>
    /// Only the topics <see cref="TopicParsed"/> did not render while loading (a build), and the source locale's when the
    /// docset's translation status page counts their words. A build of 30,000 topics holds 90 MB less.
    /// </summary>
    Unrendered,
}
