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
        var session = new PreviewSession(docset, line.Option("--templates") ?? TemplateLocator.Default(), port, message => stdout.WriteLine(message));
        ExitSignals.Stop = stopped.Set;
        try
        {
            try
            {
                session.StartAsync().GetAwaiter().GetResult();
            }
            catch (System.Net.HttpListenerException ex)
            {
                throw new CannotRunException($"cannot listen on 127.0.0.1:{port}: {ex.Message} (another server may use the port; try --port)");
            }

            stdout.WriteLine($"serving {session.Url} (127.0.0.1 only); watching {docset} for changes; Ctrl+C stops");
            stopped.Wait();
            return Cli.Ok;
        }
        finally
        {
            ExitSignals.Stop = null;
            session.DisposeAsync().AsTask().GetAwaiter().GetResult();
        }
    }
}
