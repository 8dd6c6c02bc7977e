namespace PartnerDocs.Paths;

/// <summary>
/// The one resolver of references written in docset files (links, images, includes, TOC hrefs, raw-HTML href/src), used
/// by loading, check and render alike. Relative paths resolve against the referring file's folder, "~/" against the docset
/// root, '\' reads as '/', the path is percent-decoded. A site-absolute path ("/x") is internal when it lies under the
/// docset's published <paramref name="basePath"/> (then it is relative to the referring file's locale folder, or to the
/// locale named before the base path), or, without a base path, when its first segment is a locale; any other one is
/// another site's page.
/// </summary>
/// <param name="locales">The docset's locale folder names.</param>
/// <param name="basePath">Where the docset is published on its site, e.g. "/partner-center/"; "" or "/" for the site root.</param>
/// <param name="externalPaths">Folders under the base path that other docsets publish ("/partner-center/develop/"): their pages are another site's.</param>
public sealed class ReferenceResolver(IReadOnlySet<string> locales, string basePath, IReadOnlyList<string>? externalPaths = null)
{
    private readonly string basePrefix = basePath.Trim('/').Length == 0 ? "" : basePath.Trim('/') + "/";
    private readonly string[] externalPrefixes = (externalPaths ?? []).Select(p => p.Trim('/') + "/").Where(p => p.Length > 1).ToArray();

    public Reference Resolve(string fromFile, string url)
    {
        url = url.Trim();
        if (url.Length == 0)
        {
            return new Reference(url, fromFile, ReferenceKind.Empty, null, null);
        }

        if (UrlPolicy.IsUnsafe(url))
        {
            return new Reference(url, fromFile, ReferenceKind.Unsafe, null, null);
        }

        if (UrlParts.IsAbsolute(url))
        {
            return new Reference(url, fromFile, ReferenceKind.External, null, null);
        }

        var fragment = UrlParts.FragmentOf(url);
        var path = UrlParts.PathOf(url);
        if (path.Length == 0)
        {
            return new Reference(url, fromFile, ReferenceKind.AnchorOnly, null, fragment);
        }

        string? target;
        if (path.StartsWith("~/", StringComparison.Ordinal))
        {
            target = DocsetPath.Combine("", path[2..]);
        }
        else if (path.StartsWith('/'))
        {
            if (SiteAbsolute(fromFile, path[1..]) is not { } rooted)
            {
                return new Reference(url, fromFile, ReferenceKind.SiteExternal, null, fragment);
            }

            target = rooted;
        }
        else
        {
            target = DocsetPath.Combine(DocsetPath.DirectoryOf(fromFile), path);
        }

        if (target is null)
        {
            return new Reference(url, fromFile, ReferenceKind.OutsideDocset, null, fragment);
        }

        return new Reference(url, fromFile, ReferenceKind.Internal, path.EndsWith('/') && target.Length > 0 ? target + "/" : target, fragment);
    }

    // "/partner-center/x" -> "<locale of fromFile>/x"; "/fr-fr/partner-center/x" -> "fr-fr/x"; without a base path "/fr-fr/x" -> "fr-fr/x".
    private string? SiteAbsolute(string fromFile, string path)
    {
        if (externalPrefixes.Any(prefix => (path + "/").StartsWith(prefix, StringComparison.OrdinalIgnoreCase)))
        {
            return null;
        }

        var (first, tail) = DocsetPath.SplitFirst(path);
        if (basePrefix.Length == 0)
        {
            return locales.Contains(first) ? DocsetPath.Combine("", path) : null;
        }

        if (path.StartsWith(basePrefix, StringComparison.OrdinalIgnoreCase) || path + "/" == basePrefix)
        {
            var locale = DocsetPath.SplitFirst(fromFile).First;
            return DocsetPath.Combine(locale, path.Length > basePrefix.Length ? path[basePrefix.Length..] : "");
        }

        if (locales.Contains(first) && (tail + "/").StartsWith(basePrefix, StringComparison.OrdinalIgnoreCase))
        {
            return DocsetPath.Combine(first, tail.Length > basePrefix.Length ? tail[basePrefix.Length..] : "");
        }

        return null;
    }
}
