using System.Net;
using System.Text;

namespace PartnerDocs.Preview;

/// <summary>
/// Serves a built site on 127.0.0.1 only, injecting the live-reload script into HTML pages.
/// Requests can never read outside the site folder.
/// </summary>
public sealed class PreviewServer : IAsyncDisposable
{
    private readonly HttpListener listener = new();
    private readonly Func<string> siteRoot;
    private readonly LiveReload reload;
    private readonly CancellationTokenSource stop = new();
    private Task? loop;

    /// <param name="siteRoot">The folder to serve, read per request because rebuilds swap it.</param>
    public PreviewServer(int port, Func<string> siteRoot, LiveReload reload)
    {
        this.siteRoot = siteRoot;
        this.reload = reload;
        Port = port;
        listener.Prefixes.Add($"http://127.0.0.1:{port}/");
    }

    public int Port { get; }

    public string Url => $"http://127.0.0.1:{Port}/";

    public void Start()
    {
        listener.Start();
        loop = Task.Run(AcceptLoop);
    }

    public async ValueTask DisposeAsync()
    {
        await stop.CancelAsync().ConfigureAwait(false);
        listener.Close();
        if (loop is not null)
        {
            await loop.ConfigureAwait(false);
        }

        stop.Dispose();
    }

    private async Task AcceptLoop()
    {
        while (!stop.IsCancellationRequested)
        {
            HttpListenerContext context;
            try
            {
                context = await listener.GetContextAsync().ConfigureAwait(false);
            }
            catch (Exception ex) when (ex is HttpListenerException or ObjectDisposedException or InvalidOperationException)
            {
                return;
            }

            _ = Task.Run(() => Respond(context));
        }
    }

    private async Task Respond(HttpListenerContext context)
    {
        var response = context.Response;
        try
        {
            var path = context.Request.Url?.AbsolutePath ?? "/";
            if (context.Request.HttpMethod is not ("GET" or "HEAD"))
            {
                response.StatusCode = 405;
            }
            else if (path == LiveReload.VersionPath)
            {
                var since = int.TryParse(context.Request.QueryString["since"], out var s) ? s : -1;
                var version = await reload.WaitAsync(since, TimeSpan.FromSeconds(25), stop.Token).ConfigureAwait(false);
                await Send(response, "text/plain; charset=utf-8", Encoding.UTF8.GetBytes(version.ToString(System.Globalization.CultureInfo.InvariantCulture))).ConfigureAwait(false);
            }
            else if (path == LiveReload.ScriptPath)
            {
                var script = LiveReload.Script.Replace("%VERSION%", reload.Version.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);
                await Send(response, "text/javascript; charset=utf-8", Encoding.UTF8.GetBytes(script)).ConfigureAwait(false);
            }
            else
            {
                await ServeFile(response, WebUtility.UrlDecode(path)).ConfigureAwait(false);
            }
        }
        catch (Exception ex) when (ex is IOException or HttpListenerException or ObjectDisposedException or OperationCanceledException)
        {
            // The browser went away or the site folder was swapped mid-read; the next request sees the new build.
        }
        finally
        {
            try
            {
                response.Close();
            }
            catch (Exception ex) when (ex is HttpListenerException or ObjectDisposedException or InvalidOperationException)
            {
            }
        }
    }

    private async Task ServeFile(HttpListenerResponse response, string urlPath)
    {
        var root = Path.GetFullPath(siteRoot());
        var file = Path.GetFullPath(Path.Combine(root, urlPath.TrimStart('/')));
        if (Directory.Exists(file))
        {
            file = Path.Combine(file, "index.html");
        }

        if (!file.StartsWith(root + Path.DirectorySeparatorChar, StringComparison.Ordinal) || !File.Exists(file))
        {
            response.StatusCode = 404;
            var notFound = Path.Combine(root, LocaleOf(root, file) ?? "", "404.html");
            if (File.Exists(notFound))
            {
                await Send(response, ContentTypes.For(notFound), Inject(await File.ReadAllBytesAsync(notFound).ConfigureAwait(false))).ConfigureAwait(false);
            }

            return;
        }

        var bytes = await File.ReadAllBytesAsync(file).ConfigureAwait(false);
        var type = ContentTypes.For(file);
        await Send(response, type, type.StartsWith("text/html", StringComparison.Ordinal) ? Inject(bytes) : bytes).ConfigureAwait(false);
    }

    // The first path segment when it is a locale folder of the site, so a missing page gets that locale's 404.
    private static string? LocaleOf(string root, string file)
    {
        var relative = Path.GetRelativePath(root, file).Split(Path.DirectorySeparatorChar)[0];
        return relative != ".." && Directory.Exists(Path.Combine(root, relative)) ? relative : null;
    }

    private static byte[] Inject(byte[] html)
    {
        var text = Encoding.UTF8.GetString(html);
        var tag = $"<script src=\"{LiveReload.ScriptPath}\"></script>";
        var end = text.LastIndexOf("</body>", StringComparison.OrdinalIgnoreCase);
        return Encoding.UTF8.GetBytes(end < 0 ? text + tag : text.Insert(end, tag));
    }

    private static async Task Send(HttpListenerResponse response, string type, byte[] body)
    {
        response.ContentType = type;
        response.ContentLength64 = body.Length;
        response.Headers["Cache-Control"] = "no-store";
        await response.OutputStream.WriteAsync(body).ConfigureAwait(false);
    }
}
