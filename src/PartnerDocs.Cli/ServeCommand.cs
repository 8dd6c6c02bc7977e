using PartnerDocs.Preview;
using PartnerDocs.Rendering;

namespace PartnerDocs.Cli;

internal static class ServeCommand
{
    public const int DefaultPort = 8080;

    public static int Run(CommandLine line, TextWriter stdout)
    {
        var port = DefaultPort;
        if (line.Option("--port") is { } text && (!int.TryParse(text, out port) || port is < 1 or > 65535))
        {
            throw new UsageException($"--port takes a number from 1 to 65535, not '{text}'");
        }

        var docset = Cli.DocsetArgument(line);
        if (!Directory.Exists(docset))
        {
            throw new PartnerDocs.Docsets.DocsetNotFoundException($"docset folder '{docset}' does not exist");
        }

        using var stopped = new ManualResetEventSlim();
        Console.CancelKeyPress += (_, e) =>
        {
            e.Cancel = true;
            stopped.Set();
        };

        var session = new PreviewSession(docset, line.Option("--templates") ?? TemplateLocator.Default(), port, message => stdout.WriteLine(message));
        try
        {
            session.StartAsync().GetAwaiter().GetResult();
        }
        catch (System.Net.HttpListenerException ex)
        {
            session.DisposeAsync().AsTask().GetAwaiter().GetResult();
            throw new UsageException($"cannot listen on 127.0.0.1:{port}: {ex.Message} (try --port)");
        }

        stdout.WriteLine($"serving {session.Url} (127.0.0.1 only); watching {docset} for changes; Ctrl+C stops");
        stopped.Wait();
        session.DisposeAsync().AsTask().GetAwaiter().GetResult();
        return Cli.Ok;
    }
}
