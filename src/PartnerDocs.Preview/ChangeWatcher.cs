namespace PartnerDocs.Preview;

/// <summary>Watches folders and calls back once a burst of file changes has settled (editors save in several steps).</summary>
public sealed class ChangeWatcher : IDisposable
{
    private readonly List<FileSystemWatcher> watchers = [];
    private readonly Timer timer;
    private readonly TimeSpan quiet;

    public ChangeWatcher(IEnumerable<string> folders, TimeSpan quiet, Action onChange)
    {
        this.quiet = quiet;
        timer = new Timer(_ => onChange());
        foreach (var folder in folders.Where(Directory.Exists))
        {
            var watcher = new FileSystemWatcher(folder) { IncludeSubdirectories = true, NotifyFilter = NotifyFilters.FileName | NotifyFilters.DirectoryName | NotifyFilters.LastWrite | NotifyFilters.Size };
            watcher.Changed += (_, _) => Restart();
            watcher.Created += (_, _) => Restart();
            watcher.Deleted += (_, _) => Restart();
            watcher.Renamed += (_, _) => Restart();
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

    private void Restart() => timer.Change(quiet, Timeout.InfiniteTimeSpan);
}
