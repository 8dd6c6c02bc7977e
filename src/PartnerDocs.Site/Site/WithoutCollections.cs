using System.Runtime;

namespace PartnerDocs.Site;

/// <summary>
/// Runs work that allocates little and keeps less without garbage collections: check's rules right
/// after loading, when a collection would walk the whole model the load just built for nothing (at 10,000 x 3 one did in
/// about half the runs, 50-60 ms of a 0.8 s check).
/// </summary>
internal static class WithoutCollections
{
    /// <param name="budget">Bytes the work may allocate; past them the GC collects as usual and the section ends.</param>
    public static T Run<T>(long budget, Func<T> work)
    {
        var started = TryStart(budget);
        try
        {
            return work();
        }
        finally
        {
            // A section whose work allocated past its budget has already ended in a collection.
            if (started && GCSettings.LatencyMode == GCLatencyMode.NoGCRegion)
            {
                GC.EndNoGCRegion();
            }
        }
    }

    // Never a full blocking collection to make room, nor a section in a section (asking would end the outer one): then the
    // work runs as usual.
    private static bool TryStart(long budget)
    {
        if (GCSettings.LatencyMode == GCLatencyMode.NoGCRegion)
        {
            return false;
        }

        try
        {
            return GC.TryStartNoGCRegion(budget, disallowFullBlockingGC: true);
        }
        catch (ArgumentOutOfRangeException)
        {
            return false; // more than this GC can promise
        }
    }
}
