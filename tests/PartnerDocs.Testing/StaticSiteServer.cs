using System.Net;
using System.Net.Sockets;
using PartnerDocs.Preview;

namespace PartnerDocs.Tests.Browser;

/// <summary>Serves a folder on http://127.0.0.1:&lt;free port&gt;/ for browser tests; never listens beyond loopback.</summary>
public sealed class StaticSiteServer : IDisposable
{
    private readonly HttpListener listener = new();
    private readonly string root;
    private long bytes;
    private int requests;

    public StaticSiteServer(string root)
    {
        this.root = Path.GetFullPath(root);
        Origin = $"http://127.0.0.1:{FreePort()}";
        listener.Prefixes.Add(Origin + "/");
        listener.Start();
        _ = Task.Run(Serve);
    }

    public string Origin { get; }

    /// <summary>Response body bytes since the last <see cref="Reset"/>: what a reader downloads (uncompressed).</summary>
    public long Bytes => Interlocked.Read(ref bytes);

    public int Requests => Volatile.Read(ref requests);

    public void Reset()
    {
        Interlocked.Exchange(ref bytes, 0);
        Interlocked.Exchange(ref requests, 0);
    }

    public void Dispose() => listener.Close();

    private async Task Serve()
    {
        while (listener.IsListening)
        {
            HttpListenerContext context;
            try
            {
                context = await listener.GetContextAsync();
            }
            catch (Exception ex) when (ex is HttpListenerException or ObjectDisposedException)
            {
                return;
            }

            _ = Task.Run(() => Answer(context));
        }
    }

    private void Answer(HttpListenerContext context)
    {
        using var response = context.Response;
        var relative = Uri.UnescapeDataString(context.Request.Url!.AbsolutePath).TrimStart('/');
        var path = Path.GetFullPath(Path.Combine(root, relative));
        if (Directory.Exists(path))
        {
            path = Path.Combine(path, "index.html");
        }

        if (!path.StartsWith(root, StringComparison.Ordinal) || !File.Exists(path))
        {
            response.StatusCode = 404;
            return;
        }

        response.ContentType = ContentTypes.For(path);
        var body = File.ReadAllBytes(path);
        response.ContentLength64 = body.Length;
        response.OutputStream.Write(body);
        Interlocked.Add(ref bytes, body.Length);
        Interlocked.Increment(ref requests);
    }

    private static int FreePort()
    {
        using var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        return ((IPEndPoint)probe.LocalEndpoint).Port;
    }
}
