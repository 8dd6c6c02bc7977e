namespace PartnerDocs.Preview;

/// <summary>A build counter that browsers long-poll; each successful rebuild wakes every waiting page.</summary>
public sealed class LiveReload
{
    public const string ScriptPath = "/__partnerdocs/live.js";
    public const string VersionPath = "/__partnerdocs/version";

    // Polls the version with the one the page was served at; reloads when a newer build exists.
    public const string Script = """
        (function () {
          var since = %VERSION%;
          function poll() {
            fetch("/__partnerdocs/version?since=" + since, { cache: "no-store" })
              .then(function (r) { return r.text(); })
              .then(function (v) { if (+v > since) location.reload(); else poll(); })
              .catch(function () { setTimeout(poll, 2000); });
          }
          poll();
        })();
        """;

    private readonly object gate = new();
    private TaskCompletionSource changed = NewSignal();

    public int Version { get; private set; }

    public void Bump()
    {
        lock (gate)
        {
            Version++;
            changed.TrySetResult();
            changed = NewSignal();
        }
    }

    /// <summary>Returns the version once it exceeds <paramref name="since"/>, or the current one after <paramref name="timeout"/>.</summary>
    public async Task<int> WaitAsync(int since, TimeSpan timeout, CancellationToken cancel)
    {
        Task signal;
        lock (gate)
        {
            if (Version > since)
            {
                return Version;
            }

            signal = changed.Task;
        }

        await Task.WhenAny(signal, Task.Delay(timeout, cancel)).ConfigureAwait(false);
        return Version;
    }

    private static TaskCompletionSource NewSignal() => new(TaskCreationOptions.RunContinuationsAsynchronously);
}
