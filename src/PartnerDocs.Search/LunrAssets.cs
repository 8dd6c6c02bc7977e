using System.Reflection;

namespace PartnerDocs.Search;

/// <summary>
/// lunr.js 2.3.9 and the lunr-languages 1.22.0 plugins, embedded in this assembly from vendor/ (the pinned npm packages' files),
/// so a build needs neither Node.js nor npm. The site loads them from OUT/assets/lunr/.
/// </summary>
public sealed class LunrAssets
{
    public const string LunrVersion = "2.3.9";
    public const string LunrLanguagesVersion = "1.22.0";

    private static readonly Assembly Assembly = typeof(LunrAssets).Assembly;

    private LunrAssets()
    {
    }

    /// <summary>The files bundled with PartnerDocs.</summary>
    public static LunrAssets Bundled { get; } = new();

    /// <summary>Bundled files as "package/file" (e.g. "lunr-languages/lunr.de.js"), licences included.</summary>
    public IReadOnlyList<string> Files { get; } =
        Assembly.GetManifestResourceNames().Where(n => n.StartsWith("lunr/", StringComparison.Ordinal) || n.StartsWith("lunr-languages/", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal).ToList();

    /// <summary>Writes lunr.min.js and the lunr-languages files the <paramref name="profiles"/> need into <paramref name="target"/>.</summary>
    /// <exception cref="SearchUnavailableException">A language's plugin is not bundled.</exception>
    public void CopyTo(string target, IEnumerable<LanguageProfile> profiles)
    {
        Directory.CreateDirectory(target);
        var files = new List<string> { "lunr/lunr.min.js" };
        files.AddRange(profiles.SelectMany(p => p.ScriptFiles).Distinct().Select(f => "lunr-languages/" + f));
        foreach (var file in files)
        {
            var name = Path.GetFileName(file);
            using var source = Open(file) ?? throw new SearchUnavailableException($"lunr-languages {LunrLanguagesVersion} has no {name}, so this language cannot be searched");
            using var copy = File.Create(Path.Combine(target, name));
            source.CopyTo(copy);
        }
    }

    /// <summary>The bytes of a bundled file named as in <see cref="Files"/>, or null.</summary>
    public Stream? Open(string file) => Assembly.GetManifestResourceStream(file);
}
