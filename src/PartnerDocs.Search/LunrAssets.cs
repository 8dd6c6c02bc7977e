using System.Diagnostics;

namespace PartnerDocs.Search;

/// <summary>lunr.js and the lunr-languages plugins from the pinned npm packages, copied into OUT/assets/lunr/.</summary>
public sealed class LunrAssets
{
    private LunrAssets(string nodeModules) => NodeModules = nodeModules;

    public string NodeModules { get; }

    /// <summary>
    /// Finds node_modules with lunr: beside the program, or beside the package.json of the repository above it,
    /// running <c>npm ci</c> there once (reported through <paramref name="log"/>) when it is missing.
    /// </summary>
    /// <exception cref="SearchUnavailableException">No packages and no npm to install them.</exception>
    public static LunrAssets Locate(Action<string> log, string? start = null)
    {
        start ??= AppContext.BaseDirectory;
        if (HasLunr(Path.Combine(start, "node_modules")))
        {
            return new LunrAssets(Path.Combine(start, "node_modules"));
        }

        for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
        {
            if (!File.Exists(Path.Combine(dir.FullName, "package.json")))
            {
                continue;
            }

            var modules = Path.Combine(dir.FullName, "node_modules");
            if (!HasLunr(modules))
            {
                log($"search: installing lunr with `npm ci` in {dir.FullName}");
                NpmCi(dir.FullName);
            }

            return HasLunr(modules) ? new LunrAssets(modules) : throw Unavailable($"`npm ci` in {dir.FullName} did not install lunr and lunr-languages");
        }

        throw Unavailable($"no node_modules with lunr beside {start} or a package.json above it");
    }

    /// <summary>Copies lunr.min.js and the lunr-languages files the <paramref name="profiles"/> need into <paramref name="target"/>.</summary>
    public void CopyTo(string target, IEnumerable<LanguageProfile> profiles)
    {
        Directory.CreateDirectory(target);
        var files = new List<string> { Path.Combine("lunr", "lunr.min.js") };
        files.AddRange(profiles.SelectMany(p => p.ScriptFiles).Distinct().Select(f => Path.Combine("lunr-languages", f)));
        foreach (var file in files)
        {
            File.Copy(Path.Combine(NodeModules, file), Path.Combine(target, Path.GetFileName(file)), overwrite: true);
        }
    }

    private static bool HasLunr(string modules) =>
        File.Exists(Path.Combine(modules, "lunr", "lunr.min.js")) && File.Exists(Path.Combine(modules, "lunr-languages", "lunr.stemmer.support.js"));

    private static void NpmCi(string directory)
    {
        try
        {
            using var npm = Process.Start(new ProcessStartInfo("npm", ["ci", "--no-audit", "--no-fund"]) { WorkingDirectory = directory })
                ?? throw Unavailable("npm could not be started");
            npm.WaitForExit();
        }
        catch (System.ComponentModel.Win32Exception)
        {
            throw Unavailable("npm is not installed");
        }
    }

    private static SearchUnavailableException Unavailable(string reason) => new(
        $"search needs lunr from npm, but {reason}. Install Node.js with npm, then run `npm ci` in the repository root; or build with --no-search to skip the search index.");
}
