using PartnerDocs.Docsets;

namespace PartnerDocs.Preview;

/// <summary>Turns the paths a <see cref="ChangeWatcher"/> reports into the docset files to reload one by one.</summary>
public static class DocsetEdits
{
    /// <summary>
    /// Docset-relative paths of the changed files; null when only a full rebuild can tell (templates, lost events, a folder
    /// created, moved or deleted). Hidden files and files that neither exist nor were loaded (an editor's temporary files) are left out.
    /// </summary>
    public static List<string>? Of(IReadOnlyCollection<string> changedPaths, Docset docset)
    {
        var edits = new List<string>();
        foreach (var path in changedPaths)
        {
            var relative = path.Length == 0 ? ".." : Path.GetRelativePath(docset.Root, path).Replace(Path.DirectorySeparatorChar, '/');
            if (relative == ".." || relative.StartsWith("../", StringComparison.Ordinal) || Path.IsPathRooted(relative))
            {
                return null;
            }

            if (relative == "." || relative.Split('/').Any(segment => segment.StartsWith('.')))
            {
                continue;
            }

            if (Directory.Exists(path))
            {
                // A folder's own event: its files report their own changes, unless it is new (their events may be lost).
                if (docset.Locale(relative) is null && !docset.Files.HasFilesUnder(relative))
                {
                    return null;
                }

                continue;
            }

            if (!docset.Files.Contains(relative) && !File.Exists(path))
            {
                if (docset.Files.HasFilesUnder(relative))
                {
                    return null; // a folder moved or deleted
                }

                continue;
            }

            edits.Add(relative);
        }

        return edits;
    }
}
