using System.Globalization;
using System.Net;
using System.Text;

namespace PartnerDocs.Preview;

/// <summary>
/// The preview's web server: the <see cref="StaticFileServer"/> on 127.0.0.1 plus the live-reload endpoints, with the
/// live-reload script injected into every HTML page.
/// </summary>
public sealed class PreviewServer : IAsyncDisposable
{
    private readonly StaticFileServer files;
    private readonly LiveReload reload;
    private readonly CancellationTokenSource stop = new();

    /// <param name="siteRoot">The folder to serve, read per request because rebuilds swap it.</param>
    /// <param name="overlay">Files re-rendered in memory since the folder was built, by site-relative path; they win over the folder's.</param>
    public PreviewServer(int port, Func<string> siteRoot, LiveReload reload, Func<string, OverlayFile?> overlay)
    {
        this.reload = reload;
        files = new StaticFileServer(siteRoot, port) { Route = Route, Overlay = overlay, TransformHtml = Inject };
    }

    public int Port => files.Port;

    public string Url => files.Origin + "/";

    /// <exception cref="HttpListenerException">The port is taken.</exception>
    public void Start() => files.Start();

    public async ValueTask DisposeAsync()
    {
        await stop.CancelAsync().ConfigureAwait(false);
        await files.DisposeAsync().ConfigureAwait(false);
        stop.Dispose();
    }

    private async Task<bool> Route(HttpListenerContext context, string path)
    {
        var response = context.Response;
        switch (path)
        {
            case LiveReload.VersionPath:
                var since = int.TryParse(context.Request.QueryString["since"], out var s) ? s : -1;
                var version = await reload.WaitAsync(since, TimeSpan.FromSeconds(25), stop.Token).ConfigureAwait(false);
                await StaticFileServer.Send(response, "text/plain; charset=utf-8", Encoding.UTF8.GetBytes(version.ToString(CultureInfo.InvariantCulture))).ConfigureAwait(false);
                return true;
            case LiveReload.ErrorPath:
                await StaticFileServer.Send(response, "text/plain; charset=utf-8", Encoding.UTF8.GetBytes(reload.Error ?? "")).ConfigureAwait(false);
                return true;
            case LiveReload.ScriptPath:
                var script = LiveReload.Script.Replace("%VERSION%", reload.Version.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal);
                await StaticFileServer.Send(response, "text/javascript; charset=utf-8", Encoding.UTF8.GetBytes(script)).ConfigureAwait(false);
                return true;
            default:
                return false;
        }
    }

    private static byte[] Inject(byte[] html)
    {
        var text = Encoding.UTF8.GetString(html);
        var tag = $"<script src=\"{LiveReload.ScriptPath}\"></script>";
        var end = text.LastIndexOf("</body>", StringComparison.OrdinalIgnoreCase);
        return Encoding.UTF8.GetBytes(end < 0 ? text + tag : text.Insert(end, tag));
    }
}
