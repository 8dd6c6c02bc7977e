namespace PartnerDocs.Preview;

/// <summary>
/// Watches folders and calls back with the changed paths once a burst of file changes has settled (editors save in several
/// steps). An empty path in the set means events were lost: anything may have changed.
/// </summary>
public sealed class ChangeWatcher : IDisposable
{
    private readonly List<FileSystemWatcher> watchers = [];
    private readonly Timer timer;
    private readonly TimeSpan quiet;
    private readonly object gate = new();
    private HashSet<string> changed = new(StringComparer.Ordinal);

    public ChangeWatcher(IEnumerable<string> folders, TimeSpan quiet, Action<IReadOnlyCollection<string>> onChange)
    {
        this.quiet = quiet;
        timer = new Timer(_ => onChange(TakeChanged()));
        foreach (var folder in folders.Where(Directory.Exists))
        {
            var watcher = new FileSystemWatcher(folder) { IncludeSubdirectories = true, NotifyFilter = NotifyFilters.FileName | NotifyFilters.DirectoryName | NotifyFilters.LastWrite | NotifyFilters.Size };
            watcher.Changed += (_, e) => Restart(e.FullPath);
            watcher.Created += (_, e) => Restart(e.FullPath);
            watcher.Deleted += (_, e) => Restart(e.FullPath);
            watcher.Renamed += (_, e) => Restart(e.OldFullPath, e.FullPath);
            watcher.Error += (_, _) => Restart("");
            watcher.EnableRaisingEvents = true;
            watchers.Add(watcher);
        }
    }

    public void Dispose()
    {
        foreach (var watcher in watchers)
        {
            watcher.Dispose();
        }

        timer.Dispose();
    }

    private void Restart(params string[] paths)
    {
        lock (gate)
        {
            changed.UnionWith(paths);
        }

        timer.Change(quiet, Timeout.InfiniteTimeSpan);
    }

    private HashSet<string> TakeChanged()
    {
        lock (gate)
        {
            var taken = changed;
            changed = new HashSet<string>(StringComparer.Ordinal);
            return taken;
        }
    }
}
