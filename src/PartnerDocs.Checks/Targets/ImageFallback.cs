using System.Collections.Concurrent;
using PartnerDocs.Docsets;

namespace PartnerDocs.Validation.Targets;

/// <summary>The imageFallback folder of partnerdocs.yml: where images missing from the docset are looked up.</summary>
internal sealed class ImageFallback
{
    private readonly string? root;
    private readonly ConcurrentDictionary<string, int> onTrust = new(StringComparer.Ordinal);

    public ImageFallback(Docset docset)
    {
        if (docset.Config.ImageFallback is { } folder)
        {
            Setting = folder;
            root = Path.GetFullPath(Path.Combine(docset.Root, folder));
            IsPresent = Directory.Exists(root);
        }
    }

    /// <summary>The folder as written in partnerdocs.yml, or null when the setting is absent.</summary>
    public string? Setting { get; }

    public bool IsPresent { get; }

    /// <summary>Locale-relative image paths taken on trust because the folder is absent, with how often each is referenced.</summary>
    public IReadOnlyDictionary<string, int> Unchecked => onTrust;

    /// <summary>
    /// True when a missing image at <paramref name="path"/> (locale-relative) is the fallback's business: the folder has it,
    /// or the folder is absent here (counted for the one summary note).
    /// </summary>
    public bool Covers(string path)
    {
        if (root is null)
        {
            return false;
        }

        if (!IsPresent)
        {
            onTrust.AddOrUpdate(path, 1, (_, count) => count + 1);
            return true;
        }

        var file = Path.GetFullPath(Path.Combine(root, path));
        return file.StartsWith(root + Path.DirectorySeparatorChar, StringComparison.Ordinal) && File.Exists(file);
    }
}
