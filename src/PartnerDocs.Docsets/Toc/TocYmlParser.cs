using PartnerDocs.Diagnostics;
using PartnerDocs.Files;

namespace PartnerDocs.Toc;

/// <summary>
/// Parses DocFX's toc.yml: a list of items (or a mapping with <c>items:</c>), each with name, href, items,
/// topicHref, displayName, expanded, uid and topicUid. An href naming another TOC nests that TOC's entries.
/// </summary>
public static class TocYmlParser
{
    /// <param name="files">The docset's files; nested TOCs are read from them.</param>
    /// <param name="file">The toc.yml, a docset path (e.g. "en-us/toc.yml").</param>
    /// <returns>The tree, with every href relative to <paramref name="file"/>'s folder, nested TOCs included.</returns>
    public static TocTree Parse(FileInventory files, string file, DiagnosticBag diagnostics)
    {
        var reader = new TocYmlReader(files, diagnostics);
        var roots = reader.Read(new TocYmlReader.TocFile(file, Prefix: ""), level: 1, new SourceLocation(file, 1), chain: [file]);
        return new TocTree(file, roots);
    }
}
