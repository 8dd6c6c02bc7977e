using System.Collections.Concurrent;

namespace PartnerDocs.IO;

/// <summary>
/// Temporary folders (build staging, the serve work folder) that must not outlive the process: a SIGTERM or Ctrl-C handler
/// calls <see cref="Stop"/>, which deletes them like a normal exit would.
/// </summary>
public static class ExitCleanup
{
    private static readonly ConcurrentDictionary<string, byte> Folders = new(StringComparer.Ordinal);
    private static readonly ManualResetEventSlim Stopped = new();
    private static volatile bool stopping;

    /// <summary>True once the process is shutting down; writers stop creating files in registered folders.</summary>
    public static bool Stopping => stopping;

    /// <summary>Deletes <paramref name="folder"/> on <see cref="Stop"/> until the returned handle is disposed.</summary>
    public static IDisposable Register(string folder)
    {
        Folders[folder] = 0;
        return new Registration(folder);
    }

    /// <summary>Deletes every registered folder, twice: a writer thread may recreate a folder between the first pass and its next check of <see cref="Stopping"/>.</summary>
    public static void Stop()
    {
        stopping = true;
        DeleteAll();
        Thread.Sleep(200);
        DeleteAll();
        Stopped.Set();
    }

    /// <summary>Blocks until <see cref="Stop"/> has deleted everything (a worker that noticed <see cref="Stopping"/> waits here).</summary>
    public static void WaitUntilStopped() => Stopped.Wait();

    private static void DeleteAll()
    {
        foreach (var folder in Folders.Keys)
        {
            try
            {
                if (Directory.Exists(folder))
                {
                    Directory.Delete(folder, recursive: true);
                }
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                // A file was being written; the second pass (or the next build's sweep) gets it.
            }
        }
    }

    private sealed class Registration(string folder) : IDisposable
    {
        public void Dispose() => Folders.TryRemove(folder, out _);
    }
}
