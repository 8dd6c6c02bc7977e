using PartnerDocs.Progress;

namespace PartnerDocs.Cli;

/// <summary>
/// Shows <see cref="BuildProgress"/> on the console's stderr: on a terminal, one line redrawn at most 10 times a second and
/// erased at the end; otherwise (CI, pipes) a plain line at most every 2 seconds, so short runs print nothing extra.
/// Silent when the command writes elsewhere (in-process callers such as tests capture only the report).
/// </summary>
internal sealed class ProgressLine : IProgress<BuildProgress>, IDisposable
{
    private readonly TextWriter? writer;
    private readonly bool live;
    private readonly TimeSpan interval;
    private readonly TimeProvider time;
    private readonly long start;
    private readonly Lock gate = new();
    private TimeSpan last;
    private string? lastStage;
    private bool drawn;

    internal ProgressLine(TextWriter? writer, bool live, TimeProvider? time = null)
    {
        this.writer = writer;
        this.live = live;
        this.time = time ?? TimeProvider.System;
        start = this.time.GetTimestamp();
        interval = live ? TimeSpan.FromMilliseconds(100) : TimeSpan.FromSeconds(2);
    }

    /// <summary>Progress on <paramref name="stderr"/> when it is the console's; redrawn in place only on a terminal outside CI.</summary>
    public static ProgressLine For(TextWriter stderr) => ReferenceEquals(stderr, Console.Error)
        ? new(stderr, !Console.IsErrorRedirected && Environment.GetEnvironmentVariable("CI") is not { Length: > 0 })
        : new(null, live: false);

    public void Report(BuildProgress value)
    {
        if (writer is null)
        {
            return;
        }

        lock (gate)
        {
            var now = time.GetElapsedTime(start);
            // A terminal also shows every new stage and the final count at once; CI gets only the periodic lines.
            var due = now - last >= interval || (live && (value.Stage != lastStage || value.Done == value.Total));
            if (!due)
            {
                return;
            }

            last = now;
            lastStage = value.Stage;
            var text = value.Total > 0 ? $"{value.Stage}: {value.Done:N0}/{value.Total:N0}" : $"{value.Stage}...";
            if (live)
            {
                writer.Write($"\r\u001b[2K{text}");
                drawn = true;
            }
            else
            {
                writer.WriteLine($"{text} ({now.TotalSeconds:0.0} s)");
            }
        }
    }

    /// <summary>Erases the live line so the summary starts on a clean line.</summary>
    public void Dispose()
    {
        lock (gate)
        {
            if (drawn)
            {
                writer!.Write("\r\u001b[2K");
                drawn = false;
            }
        }
    }
}
