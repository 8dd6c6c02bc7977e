using PartnerDocs.Diagnostics;
using PartnerDocs.Docsets;

namespace PartnerDocs.Validation.Checks;

/// <summary>image.fallback: one note for every image left unchecked because the imageFallback folder is not here.</summary>
internal sealed class ImageFallbackRule : IDocsetRule
{
    public void Check(CheckContext context)
    {
        var fallback = context.ImageFallback;
        if (fallback.Unchecked.Count == 0)
        {
            return;
        }

        var references = fallback.Unchecked.Values.Sum();
        context.Report(Rules.ImageFallback, new SourceLocation(DocsetConfig.FileName, context.Docset.Config.ImageFallbackLine),
            $"{references} image references ({fallback.Unchecked.Count} files) are in no locale folder; imageFallback names '{fallback.Setting}', " +
            "which is not here, so they are not checked one by one", null);
    }
}
