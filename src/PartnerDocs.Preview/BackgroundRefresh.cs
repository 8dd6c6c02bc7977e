namespace PartnerDocs.Preview;

/// <summary>
/// Runs serve's slower follow-up work (search index, check findings) for the locales updates touched, one run at a time on
/// a worker thread, so the next edit is not held up; locales scheduled while a run is going are merged into the next run.
/// </summary>
internal sealed class BackgroundRefresh(Action<IReadOnlyCollection<string>> refresh, Action<string> log)
{
    private readonly object gate = new();
    private readonly HashSet<string> pending = new(StringComparer.Ordinal);
    private Task running = Task.CompletedTask;
    private bool active;

    public void Schedule(string locale)
    {
        lock (gate)
        {
            pending.Add(locale);
            if (!active)
            {
                active = true;
                running = Task.Run(Run);
            }
        }
    }

    /// <summary>Completes once no run is going or scheduled.</summary>
    public Task Idle()
    {
        lock (gate)
        {
            return running;
        }
    }

    private void Run()
    {
        while (true)
        {
            string[] locales;
            lock (gate)
            {
                if (pending.Count == 0)
                {
                    active = false;
                    return;
                }

                locales = [.. pending];
                pending.Clear();
            }

            try
            {
                refresh(locales);
            }
            catch (Exception ex)
            {
                // Serving goes on with the previous index; the next update or full rebuild writes a fresh one.
                log($"search refresh failed: {ex.GetType().Name}: {ex.Message}");
            }
        }
    }
}
