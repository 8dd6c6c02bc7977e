using PartnerDocs.Diagnostics;
using PartnerDocs.Files;
using PartnerDocs.Paths;

namespace PartnerDocs.Docsets;

/// <summary>
/// The one model of a multilingual docset, built once by <see cref="DocsetLoader"/> and never changed: every later stage
/// (check, site, search, status) reads it and none touches the file system to answer a question about the docset.
/// </summary>
public sealed class Docset
{
    public required string Root { get; init; }

    public required DocsetConfig Config { get; init; }

    /// <summary>Locales in configured (or discovered) order; the source locale is among them.</summary>
    public required IReadOnlyList<LocaleContent> Locales { get; init; }

    /// <summary>The reference locale translations are compared with; null only when the docset has no locale.</summary>
    public required LocaleContent? Source { get; init; }

    /// <summary>Every file of the docset that may be read and published (symlinks out of it and special files excluded).</summary>
    public required FileInventory Files { get; init; }

    /// <summary>Every file some topic includes, directly or through other includes, by docset path.</summary>
    public required IReadOnlyDictionary<string, IncludeFile> Includes { get; init; }

    /// <summary>How references resolve in this docset (its locales and basePath); every link of the model was resolved with it.</summary>
    public required ReferenceResolver References { get; init; }

    /// <summary>Problems found while loading: files, config, TOC syntax, front matter, include cycles.</summary>
    public required DiagnosticBag Diagnostics { get; init; }

    public string Title => Config.Title ?? System.IO.Path.GetFileName(Root.TrimEnd('/', '\\'));

    public LocaleContent? Locale(string name) => Locale(name.AsSpan());

    /// <summary>The locale named <paramref name="name"/>, e.g. the first segment of a docset path (no string is cut out for it).</summary>
    public LocaleContent? Locale(ReadOnlySpan<char> name)
    {
        for (var i = 0; i < Locales.Count; i++)
        {
            if (name.SequenceEqual(Locales[i].Name))
            {
                return Locales[i];
            }
        }

        return null;
    }
}
