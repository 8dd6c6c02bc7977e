namespace PartnerDocs.Site;

/// <summary>Adds up the thread CPU time of work items run on any threads; <see cref="Total"/> is null once one could not be timed.</summary>
internal sealed class CpuTally
{
    private long ticks;
    private int untimed;

    public TimeSpan? Total => untimed > 0 ? null : TimeSpan.FromTicks(Interlocked.Read(ref ticks));

    /// <summary>Runs <paramref name="work"/> on this thread and adds the CPU time it took.</summary>
    public T Time<T>(Func<T> work)
    {
        var start = ThreadCpuTime.Now();
        var result = work();
        if (start is { } from && ThreadCpuTime.Now() is { } to)
        {
            Interlocked.Add(ref ticks, (to - from).Ticks);
        }
        else
        {
            Interlocked.Increment(ref untimed);
        }

        return result;
    }
}
