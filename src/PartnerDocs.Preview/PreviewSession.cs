using System.Diagnostics;
using PartnerDocs.Diagnostics;
using PartnerDocs.Docsets;
using PartnerDocs.IO;
using PartnerDocs.Rendering;
using PartnerDocs.Search;
using PartnerDocs.Site;
using PartnerDocs.Validation;
using PartnerDocs.Validation.Baselines;

namespace PartnerDocs.Preview;

/// <summary>
/// `partnerdocs serve`: builds the docset (with search) into a private temporary folder, serves it on 127.0.0.1, and
/// reloads open pages on each change. An edited, created or deleted topic and an edited TOC update the model and
/// re-render in memory only the files that depend on them (<see cref="LiveSite"/>); the search index and the check
/// findings follow in the background (after a full build too, so the site is served before its search indexes are
/// written). Anything else (templates, config, includes, media) rebuilds the whole site.
/// </summary>
public sealed class PreviewSession : IAsyncDisposable
{
    // Long enough to merge an editor's write-then-rename save, short enough to stay inside a 100 ms edit-to-page budget.
    private static readonly TimeSpan Debounce = TimeSpan.FromMilliseconds(20);

    private readonly string docsetRoot;
    private readonly string templateFolder;
    private readonly Action<string> log;
    private readonly string workFolder = Path.Combine(Path.GetTempPath(), "partnerdocs-serve-" + Guid.NewGuid().ToString("N")[..12]);
    private readonly SemaphoreSlim building = new(1, 1);
    private readonly LiveReload reload = new();
    private readonly PreviewServer server;
    private readonly BackgroundRefresh refresh;
    private HashSet<string> reported = new(StringComparer.Ordinal);
    private Docset? lastChecked;
    private ChangeWatcher? watcher;
    private IDisposable? cleanup;
    private LiveSite? live;
    private BuildSession? session;
    private bool stopping;
    private bool rebuildNeeded;

    public PreviewSession(string docsetRoot, string templateFolder, int port, Action<string> log)
    {
        this.docsetRoot = Path.GetFullPath(docsetRoot);
        this.templateFolder = Path.GetFullPath(templateFolder);
        this.log = log;
        server = new PreviewServer(port, () => SiteFolder, reload, file => live?.Find(file));
        refresh = new BackgroundRefresh(Refresh, log);
    }

    public string Url => server.Url;

    public int Version => reload.Version;

    private string SiteFolder => Path.Combine(workFolder, "site");

    /// <summary>Listens (failing fast when the port is taken), builds once, then watches. A failed first build shows its error in the page.</summary>
    public async Task StartAsync()
    {
        Directory.CreateDirectory(workFolder);
        cleanup = ExitCleanup.Register(workFolder);
        server.Start();
        await RebuildAsync().ConfigureAwait(false);
        watcher = new ChangeWatcher([docsetRoot, templateFolder], Debounce, paths => _ = UpdateAsync(paths));
    }

    /// <summary>Applies changed files (full paths): in memory when each is a topic or an edited TOC, else by a full rebuild.</summary>
    public async Task UpdateAsync(IReadOnlyCollection<string> changedPaths)
    {
        var clock = Stopwatch.StartNew();
        await building.WaitAsync().ConfigureAwait(false);
        try
        {
            if (stopping)
            {
                return;
            }

            var site = live;
            var edits = site is null || rebuildNeeded ? null : DocsetEdits.Of(changedPaths, site.Docset);
            var updates = new List<SiteUpdate>();
            foreach (var edit in edits ?? [])
            {
                if (site!.Apply(edit) is not { } update)
                {
                    edits = null;
                    break;
                }

                updates.Add(update);
            }

            if (site is null || edits is null)
            {
                Rebuild();
                return;
            }

            if (updates.Count > 0)
            {
                reload.Bump();
                log($"updated {string.Join(", ", edits)} ({updates.Sum(u => u.FilesRendered)} files) in {clock.ElapsedMilliseconds} ms");
                site.RenderSitePages();
                foreach (var locale in updates.Select(u => u.Locale).Distinct())
                {
                    refresh.Schedule(locale);
                }
            }
        }
        catch (Exception ex)
        {
            Failed(ex);
        }
        finally
        {
            building.Release();
        }
    }

    /// <summary>Completes once the search index and the check findings have caught up with the updates so far.</summary>
    public Task IdleAsync() => refresh.Idle();

    /// <summary>Builds the whole site again (with search) into the served folder.</summary>
    public async Task RebuildAsync()
    {
        await building.WaitAsync().ConfigureAwait(false);
        try
        {
            if (!stopping)
            {
                Rebuild();
            }
        }
        finally
        {
            building.Release();
        }
    }

    public async ValueTask DisposeAsync()
    {
        watcher?.Dispose();
        await server.DisposeAsync().ConfigureAwait(false);
        await building.WaitAsync().ConfigureAwait(false); // an update the watcher started may still be running
        stopping = true;
        building.Release();
        await refresh.Idle().ConfigureAwait(false);
        building.Dispose();
        if (Directory.Exists(workFolder))
        {
            Directory.Delete(workFolder, recursive: true);
        }

        cleanup?.Dispose();
    }

    private void Rebuild()
    {
        try
        {
            var templates = TemplateSet.Load(templateFolder);
            session = new BuildSession(templates);
            var outcome = session.Build(docsetRoot, SiteFolder, LunrAssets.Bundled, searchIndexesLater: true, keepBodies: true);
            live = new LiveSite(templates, outcome.Docset, hasSearch: true);
            foreach (var locale in outcome.Docset.Locales)
            {
                refresh.Schedule(locale.Name);
            }

            reported = Warnings(outcome.Report).ToHashSet(StringComparer.Ordinal);
            lastChecked = outcome.Docset;
            rebuildNeeded = false;
            foreach (var warning in reported.Order(StringComparer.Ordinal))
            {
                log(warning);
            }

            reload.Bump();
            log($"built {outcome.Site!.PagesWritten} pages");
        }
        catch (Exception ex)
        {
            Failed(ex);
        }
    }

    // Whatever broke the rebuild, the author sees it here and in the open pages until a rebuild succeeds; until then every
    // change rebuilds the whole site (an in-memory update of the last good model would hide the error).
    private void Failed(Exception ex)
    {
        rebuildNeeded = true;
        var error = ex is InvalidDataException or DocsetNotFoundException or TemplateException or OutputRefusedException or IOException or UnauthorizedAccessException
            ? ex.Message
            : $"{ex.GetType().Name}: {ex.Message}";
        log($"build failed, still serving the previous build: {error}");
        reload.Fail(error);
    }

    // Indexes the locales in a staging folder, swaps each index in (unless a full rebuild replaced the site meanwhile),
    // then checks the model (unless it was checked already) and logs the findings the updates added.
    private void Refresh(IReadOnlyCollection<string> locales)
    {
        if (live is not { } site || session is not { } checks)
        {
            return;
        }

        var renderer = site.Renderer;
        var writer = new SearchIndexWriter(renderer.Plan, renderer.Locales);
        var staged = locales.Select(locale => (Locale: locale, Folder: Path.Combine(workFolder, $"search-{locale}-{Guid.NewGuid():N}"))).ToList();
        var pages = staged.Sum(s => writer.WriteLocale(s.Folder, renderer.Locales[s.Locale]));
        building.Wait();
        try
        {
            foreach (var (locale, folder) in staged)
            {
                if (live == site && !stopping)
                {
                    Swap(folder, Path.Combine(SiteFolder, locale, SearchIndexWriter.Folder));
                }
                else
                {
                    Directory.Delete(folder, recursive: true);
                }
            }
        }
        finally
        {
            building.Release();
        }

        var docset = renderer.Plan.Docset;
        if (docset == lastChecked)
        {
            log($"search: updated {string.Join(", ", locales)}, {pages} pages indexed");
            return;
        }

        var warnings = Warnings(checks.Verdict(docset, BaselineFile.ReadConfigured(docset))).ToHashSet(StringComparer.Ordinal);
        log($"search: updated {string.Join(", ", locales)}, {pages} pages indexed; checked");
        foreach (var warning in warnings.Except(reported).Order(StringComparer.Ordinal))
        {
            log(warning);
        }

        reported = warnings;
        lastChecked = docset;
    }

    private void Swap(string staged, string target)
    {
        var previous = Path.Combine(workFolder, "search-old-" + Guid.NewGuid().ToString("N"));
        if (Directory.Exists(target))
        {
            Directory.Move(target, previous);
        }

        Directory.Move(staged, target);
        if (Directory.Exists(previous))
        {
            Directory.Delete(previous, recursive: true);
        }
    }

    private static IEnumerable<string> Warnings(CheckReport report) =>
        report.Diagnostics.Where(d => d.Severity >= Severity.Warning).Select(d => d.ToString());
}
