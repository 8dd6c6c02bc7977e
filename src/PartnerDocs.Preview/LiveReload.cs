namespace PartnerDocs.Preview;

/// <summary>
/// A build counter that browsers long-poll: each successful rebuild wakes every waiting page, which reloads; a failed
/// rebuild wakes them too, and they show its error as an overlay until a rebuild succeeds.
/// </summary>
public sealed class LiveReload
{
    public const string ScriptPath = "/__partnerdocs/live.js";
    public const string VersionPath = "/__partnerdocs/version";
    public const string ErrorPath = "/__partnerdocs/error";

    // Polls the version with the one the page was served at; reloads when a newer build exists, else shows the build error (if any).
    public const string Script = """
        (function () {
          var since = %VERSION%;
          function show(text) {
            var box = document.getElementById("partnerdocs-build-error");
            if (!text) { if (box) box.remove(); return; }
            if (!box) {
              box = document.createElement("pre");
              box.id = "partnerdocs-build-error";
              box.setAttribute("role", "alert");
              box.style.cssText = "position:fixed;left:0;right:0;bottom:0;max-height:50vh;overflow:auto;margin:0;padding:1em;" +
                "background:#8b0000;color:#fff;font:14px/1.4 monospace;white-space:pre-wrap;z-index:2147483647";
              document.body.appendChild(box);
            }
            box.textContent = "partnerdocs serve: the last rebuild failed; this page is from the previous build.\n\n" + text;
          }
          function check() {
            return fetch("/__partnerdocs/error", { cache: "no-store" }).then(function (r) { return r.text(); }).then(show);
          }
          function poll() {
            fetch("/__partnerdocs/version?since=" + since, { cache: "no-store" })
              .then(function (r) { return r.text(); })
              .then(function (v) { if (+v > since) location.reload(); else check().then(poll); })
              .catch(function () { setTimeout(poll, 2000); });
          }
          check().then(poll, poll);
        })();
        """;

    private readonly object gate = new();
    private TaskCompletionSource changed = NewSignal();

    public int Version { get; private set; }

    /// <summary>What the last rebuild failed with, or null when it succeeded.</summary>
    public string? Error { get; private set; }

    public void Bump()
    {
        lock (gate)
        {
            Version++;
            Error = null;
            Signal();
        }
    }

    public void Fail(string error)
    {
        lock (gate)
        {
            Error = error;
            Signal();
        }
    }

    /// <summary>Returns the version once it exceeds <paramref name="since"/> or a rebuild fails, or the current one after <paramref name="timeout"/>.</summary>
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

    private void Signal()
    {
        changed.TrySetResult();
        changed = NewSignal();
    }

    private static TaskCompletionSource NewSignal() => new(TaskCreationOptions.RunContinuationsAsynchronously);
}
