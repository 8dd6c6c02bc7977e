using PartnerDocs.Diagnostics;
using PartnerDocs.Markdown;
using PartnerDocs.Markdown.Includes;

namespace PartnerDocs.Docsets;

/// <summary>The one model of a multilingual docset, built once by <see cref="DocsetLoader"/>.</summary>
public sealed class Docset
{
    public required string Root { get; init; }

    public required DocsetConfig Config { get; init; }

    /// <summary>Locales in configured (or discovered) order; the source locale is among them.</summary>
    public required IReadOnlyList<LocaleContent> Locales { get; init; }

    /// <summary>The reference locale translations are compared with; null only when the docset has no locale.</summary>
    public required LocaleContent? Source { get; init; }

    public required MarkdownEngine Markdown { get; init; }

    public required IncludeResolver Includes { get; init; }

    /// <summary>Problems found while loading: config, TOC syntax, front matter, include cycles.</summary>
    public required DiagnosticBag Diagnostics { get; init; }

    public string Title => Config.Title ?? System.IO.Path.GetFileName(Root.TrimEnd('/', '\\'));

    public LocaleContent? Locale(string name) => Locales.FirstOrDefault(l => l.Name == name);
}
