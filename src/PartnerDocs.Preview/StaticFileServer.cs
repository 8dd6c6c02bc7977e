using System.Net;
using System.Net.Sockets;

namespace PartnerDocs.Preview;

/// <summary>
/// Serves a built site folder on http://127.0.0.1 only (serve and the browser tests both use it). URL paths are
/// percent-decoded as paths ('+' stays '+'); a path with NUL or control characters, a backslash or a '.'/'..' segment is
/// 400, and nothing outside the folder is ever read. A missing page gets its locale's 404.html. An <see cref="Overlay"/>
/// (serve's in-memory pages) takes precedence over the folder.
/// </summary>
public sealed class StaticFileServer : IAsyncDisposable, IDisposable
{
    private readonly Func<string> siteRoot;
    private readonly CancellationTokenSource stop = new();
    private HttpListener listener = new();
    private Task? loop;
    private long bytes;
    private int requests;

    /// <param name="siteRoot">The folder to serve, read per request (preview rebuilds swap it).</param>
    /// <param name="port">0 picks a free port.</param>
    public StaticFileServer(Func<string> siteRoot, int port = 0)
    {
        this.siteRoot = siteRoot;
        Port = port;
    }

    public StaticFileServer(string siteRoot, int port = 0)
        : this(() => siteRoot, port)
    {
    }

    public int Port { get; private set; }

    /// <summary>http://127.0.0.1:PORT, without a trailing slash.</summary>
    public string Origin => $"http://127.0.0.1:{Port}";

    /// <summary>Answers a request before the file lookup (the preview's live-reload endpoints); true when it answered.</summary>
    public Func<HttpListenerContext, string, Task<bool>>? Route { get; init; }

    /// <summary>Files that differ from the folder, by site-relative path ("en-us/a.html"); null answers "read the folder".</summary>
    public Func<string, OverlayFile?>? Overlay { get; init; }

    /// <summary>Applied to every HTML body served (the preview injects its live-reload script).</summary>
    public Func<byte[], byte[]>? TransformHtml { get; init; }

    /// <summary>Response body bytes of files served since the last <see cref="Reset"/>: what a reader downloads (uncompressed).</summary>
    public long Bytes => Interlocked.Read(ref bytes);

    public int Requests => Volatile.Read(ref requests);

    public void Reset()
    {
        Interlocked.Exchange(ref bytes, 0);
        Interlocked.Exchange(ref requests, 0);
    }

    /// <summary>Starts listening (and returns once it does); for an explicit port that is taken, <see cref="HttpListenerException"/>.</summary>
    public StaticFileServer Start()
    {
        for (var attempt = 0; ; attempt++)
        {
            var port = Port == 0 ? FreePort() : Port;
            listener = new HttpListener();
            listener.Prefixes.Add($"http://127.0.0.1:{port}/");
            try
            {
                listener.Start();
                Port = port;
                break;
            }
            catch (HttpListenerException) when (Port == 0 && attempt < 10)
            {
                // Another process took the probed port in between; probe again.
                listener.Close();
            }
        }

        loop = Task.Run(AcceptLoop);
        return this;
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

    public void Dispose() => DisposeAsync().AsTask().GetAwaiter().GetResult();

    /// <summary>The site-relative file path a raw URL path names, or null when it is not a plain relative path (answer 400).</summary>
    public static string? DecodePath(string rawPath)
    {
        var decoded = Uri.UnescapeDataString(rawPath);
        if (decoded.Any(c => char.IsControl(c) || c == '\\'))
        {
            return null;
        }

        var segments = decoded.Split('/');
        return segments.Any(s => s is "." or "..") ? null : decoded.TrimStart('/');
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
            var raw = context.Request.RawUrl ?? "/";
            var query = raw.IndexOf('?');
            var path = query < 0 ? raw : raw[..query];
            if (context.Request.HttpMethod is not ("GET" or "HEAD"))
            {
                response.StatusCode = 405;
            }
            else if (Route is null || !await Route(context, path).ConfigureAwait(false))
            {
                await ServeFile(response, path).ConfigureAwait(false);
            }
        }
        catch (Exception ex) when (ex is IOException or HttpListenerException or ObjectDisposedException or OperationCanceledException or UnauthorizedAccessException)
        {
            // The browser went away or the site folder was swapped mid-read; the next request sees the new build.
        }
        catch (Exception)
        {
            TrySetStatus(response, 500);
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

    private async Task ServeFile(HttpListenerResponse response, string rawPath)
    {
        if (DecodePath(rawPath) is not { } relative)
        {
            response.StatusCode = 400;
            return;
        }

        var root = Path.GetFullPath(siteRoot());
        var file = Path.GetFullPath(Path.Combine(root, relative));
        if (Directory.Exists(file))
        {
            file = Path.Combine(file, "index.html");
        }

        var body = file.StartsWith(root + Path.DirectorySeparatorChar, StringComparison.Ordinal) ? await Read(root, file).ConfigureAwait(false) : null;
        if (body is null)
        {
            response.StatusCode = 404;
            var notFound = Path.Combine(root, LocaleOf(root, file) ?? "", "404.html");
            if (await Read(root, notFound).ConfigureAwait(false) is { } page)
            {
                await SendFile(response, notFound, page).ConfigureAwait(false);
            }

            return;
        }

        await SendFile(response, file, body).ConfigureAwait(false);
    }

    // The overlay's version of a file inside the root, else the folder's; null when neither has it.
    private async Task<byte[]?> Read(string root, string file)
    {
        if (Overlay?.Invoke(Path.GetRelativePath(root, file).Replace(Path.DirectorySeparatorChar, '/')) is { } overlaid)
        {
            return overlaid.Body;
        }

        return File.Exists(file) ? await File.ReadAllBytesAsync(file).ConfigureAwait(false) : null;
    }

    private async Task SendFile(HttpListenerResponse response, string file, byte[] body)
    {
        var type = ContentTypes.For(file);
        if (TransformHtml is not null && type.StartsWith("text/html", StringComparison.Ordinal))
        {
            body = TransformHtml(body);
        }

        await Send(response, type, body).ConfigureAwait(false);
        Interlocked.Add(ref bytes, body.Length);
        Interlocked.Increment(ref requests);
    }

    public static async Task Send(HttpListenerResponse response, string type, byte[] body)
    {
        response.ContentType = type;
        response.ContentLength64 = body.Length;
        response.Headers["Cache-Control"] = "no-store";
        await response.OutputStream.WriteAsync(body).ConfigureAwait(false);
    }

    // The first path segment when it is a locale folder of the site, so a missing page gets that locale's 404.
    private static string? LocaleOf(string root, string file)
    {
        var relative = Path.GetRelativePath(root, file).Split(Path.DirectorySeparatorChar)[0];
        return relative != ".." && Directory.Exists(Path.Combine(root, relative)) ? relative : null;
    }

    private static void TrySetStatus(HttpListenerResponse response, int status)
    {
        try
        {
            response.StatusCode = status;
        }
        catch (InvalidOperationException)
        {
            // Headers already sent.
        }
    }

    private static int FreePort()
    {
        using var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        return ((IPEndPoint)probe.LocalEndpoint).Port;
    }
}
