using PartnerDocs.Diagnostics;
using PartnerDocs.Docsets;
using PartnerDocs.IO;
using PartnerDocs.Rendering;
using PartnerDocs.Site;

namespace PartnerDocs.Preview;

/// <summary>
/// `partnerdocs serve`: builds the docset into a private temporary folder, serves it on 127.0.0.1,
/// and rebuilds and reloads open pages whenever the docset or the templates change.
/// </summary>
public sealed class PreviewSession : IAsyncDisposable
{
    private readonly string docsetRoot;
    private readonly string templateFolder;
    private readonly Action<string> log;
    private readonly string workFolder = Path.Combine(Path.GetTempPath(), "partnerdocs-serve-" + Guid.NewGuid().ToString("N")[..12]);
    private readonly SemaphoreSlim building = new(1, 1);
    private readonly LiveReload reload = new();
    private readonly PreviewServer server;
    private ChangeWatcher? watcher;
    private IDisposable? cleanup;

    public PreviewSession(string docsetRoot, string templateFolder, int port, Action<string> log)
    {
        this.docsetRoot = Path.GetFullPath(docsetRoot);
        this.templateFolder = Path.GetFullPath(templateFolder);
        this.log = log;
        server = new PreviewServer(port, () => SiteFolder, reload);
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
        watcher = new ChangeWatcher([docsetRoot, templateFolder], TimeSpan.FromMilliseconds(250), () => _ = RebuildAsync());
    }

    public async Task RebuildAsync()
    {
        await building.WaitAsync().ConfigureAwait(false);
        try
        {
            var outcome = new BuildSession(TemplateSet.Load(templateFolder)).Build(docsetRoot, SiteFolder, lunr: null);
            foreach (var diagnostic in outcome.Report.Diagnostics.Where(d => d.Severity >= Severity.Warning))
            {
                log(diagnostic.ToString());
            }

            reload.Bump();
            log($"built {outcome.Site!.PagesWritten} pages");
        }
        catch (Exception ex)
        {
            // Whatever broke the rebuild, the author sees it here and in the open pages until a rebuild succeeds.
            var error = ex is InvalidDataException or DocsetNotFoundException or TemplateException or OutputRefusedException or IOException or UnauthorizedAccessException
                ? ex.Message
                : $"{ex.GetType().Name}: {ex.Message}";
            log($"build failed, still serving the previous build: {error}");
            reload.Fail(error);
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
        building.Dispose();
        if (Directory.Exists(workFolder))
        {
            Directory.Delete(workFolder, recursive: true);
        }

        cleanup?.Dispose();
    }
}
