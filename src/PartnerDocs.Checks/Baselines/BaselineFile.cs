using PartnerDocs.Docsets;

namespace PartnerDocs.Validation.Baselines;

/// <summary>Where a docset's baseline lives: --baseline, else partnerdocs.yml's baseline:, else the default name; never outside the docset.</summary>
public static class BaselineFile
{
    public const string DefaultName = "partnerdocs-baseline.json";

    /// <summary>The baseline path to read (null: none configured) or, with <paramref name="forWriting"/>, to write.</summary>
    public static string? PathFor(Docset docset, string? option, bool forWriting = false)
    {
        if (option is not null)
        {
            return option;
        }

        if (docset.Config.Baseline is not { } configured)
        {
            return forWriting ? Path.Combine(docset.Root, DefaultName) : null;
        }

        var full = Path.GetFullPath(Path.Combine(docset.Root, configured));
        if (!full.StartsWith(docset.Root.TrimEnd(Path.DirectorySeparatorChar) + Path.DirectorySeparatorChar, StringComparison.Ordinal))
        {
            throw new InvalidDataException($"partnerdocs.yml: baseline '{configured}' is outside the docset; a docset's baseline must live inside it");
        }

        return full;
    }

    /// <summary>The baseline partnerdocs.yml names, or null; a named file that is missing or malformed is an error.</summary>
    public static Baseline? ReadConfigured(Docset docset) => Read(PathFor(docset, null));

    public static Baseline? Read(string? path)
    {
        if (path is null)
        {
            return null;
        }

        if (!File.Exists(path))
        {
            throw new InvalidDataException($"baseline file '{path}' does not exist; create it with check --update-baseline");
        }

        return Baseline.Read(path, Path.GetFileName(path));
    }
}
