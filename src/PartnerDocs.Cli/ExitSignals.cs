using System.Runtime.InteropServices;
using PartnerDocs.IO;

namespace PartnerDocs.Cli;

/// <summary>
/// SIGTERM and Ctrl-C (SIGINT): serve stops gracefully through <see cref="Stop"/>; any other command deletes its temporary
/// folders (<see cref="ExitCleanup"/>) and exits with 128 + the signal number, as the shell expects.
/// </summary>
internal static class ExitSignals
{
    /// <summary>Set while a command that stops on its own (serve) runs.</summary>
    public static Action? Stop { get; set; }

    /// <summary>128 + the signal that stopped the process, once one did.</summary>
    public static int ExitCode { get; private set; } = 143;

    public static IDisposable Install() => new Registrations(
        PosixSignalRegistration.Create(PosixSignal.SIGTERM, context => Handle(context, 143)),
        PosixSignalRegistration.Create(PosixSignal.SIGINT, context => Handle(context, 130)));

    private static void Handle(PosixSignalContext context, int exitCode)
    {
        context.Cancel = true;
        if (Stop is { } stop)
        {
            stop();
            return;
        }

        ExitCode = exitCode;
        ExitCleanup.Stop();
        Environment.Exit(exitCode);
    }

    private sealed class Registrations(params PosixSignalRegistration[] registrations) : IDisposable
    {
        public void Dispose()
        {
            foreach (var registration in registrations)
            {
                registration.Dispose();
            }
        }
    }
}
