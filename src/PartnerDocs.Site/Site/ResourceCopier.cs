using PartnerDocs.Docsets;
using PartnerDocs.Rendering;

namespace PartnerDocs.Site;

/// <summary>Copies template assets and each locale's non-Markdown files; a locale lacking a file gets the source locale's copy.</summary>
public static class ResourceCopier
{
    public static void Copy(Docset docset, TemplateSet templates, string outputRoot)
    {
        foreach (var assets in templates.AssetFolders)
        {
            CopyTree(assets, Path.Combine(outputRoot, "assets"));
        }

        foreach (var locale in docset.Locales)
        {
            var files = locale.Files.Where(IsResource).Select(f => (locale.Name, f));
            var fallbacks = docset.Source is { } source && source != locale
                ? source.Files.Where(f => IsResource(f) && !locale.Files.Contains(f)).Select(f => (source.Name, f))
                : [];
            Parallel.ForEach(files.Concat(fallbacks), item =>
            {
                var target = Path.Combine(outputRoot, locale.Name, item.f);
                Directory.CreateDirectory(Path.GetDirectoryName(target)!);
                File.Copy(Path.Combine(docset.Root, item.Item1, item.f), target, overwrite: true);
            });
        }
    }

    private static bool IsResource(string path) =>
        !path.EndsWith(".md", StringComparison.OrdinalIgnoreCase) && !path.EndsWith(".yml", StringComparison.OrdinalIgnoreCase);

    private static void CopyTree(string from, string to)
    {
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target, overwrite: true);
        }
    }
}
