using PartnerDocs.Diagnostics;

namespace PartnerDocs.Toc;

/// <summary>
/// Parses DocFX's toc.yml: a list of items (or a mapping with <c>items:</c>), each with name, href, items,
/// topicHref, displayName, expanded, uid and topicUid. An href naming another TOC nests that TOC's entries.
/// </summary>
public static class TocYmlParser
{
    /// <param name="docsetRoot">The docset folder; nested TOCs are read from disk under it.</param>
    /// <param name="file">The toc.yml, relative to <paramref name="docsetRoot"/> with '/' separators (e.g. "en-us/toc.yml").</param>
    /// <returns>The tree, with every href relative to <paramref name="file"/>'s folder, nested TOCs included.</returns>
    public static TocTree Parse(string docsetRoot, string file, DiagnosticBag diagnostics)
    {
        var reader = new TocYmlReader(docsetRoot, diagnostics);
        var roots = reader.Read(new TocYmlReader.TocFile(file, Prefix: ""), level: 1, new SourceLocation(file, 1), chain: [file]);
        return new TocTree(file, roots);
    }
}
