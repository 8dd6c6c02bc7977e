using System.Globalization;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace PartnerDocs.Cli;

/// <summary>Experiment: asks Linux for transparent huge pages over the GC's reserved heap range.</summary>
internal static class HugePages
{
    private const int MadvHugePage = 14;

    public static void AdviseGcHeap()
    {
        if (!OperatingSystem.IsLinux() || Environment.GetEnvironmentVariable("PARTNERDOCS_THP") == "0")
        {
            return;
        }

        var probe = new byte[64];
        var handle = GCHandle.Alloc(probe, GCHandleType.Pinned);
        var address = (ulong)handle.AddrOfPinnedObject();
        handle.Free();
        var maps = File.ReadAllLines("/proc/self/maps");
        var ranges = new List<(ulong Start, ulong End, bool Anonymous)>();
        foreach (var line in maps)
        {
            var parts = line.Split(' ', 6, StringSplitOptions.RemoveEmptyEntries);
            var bounds = parts[0].Split('-');
            ranges.Add((ulong.Parse(bounds[0], NumberStyles.HexNumber, CultureInfo.InvariantCulture), ulong.Parse(bounds[1], NumberStyles.HexNumber, CultureInfo.InvariantCulture), parts.Length < 6));
        }

        var at = ranges.FindIndex(r => r.Start <= address && address < r.End);
        if (at < 0)
        {
            return;
        }

        var first = at;
        while (first > 0 && ranges[first - 1].Anonymous && ranges[first - 1].End == ranges[first].Start)
        {
            first--;
        }

        var last = at;
        while (last + 1 < ranges.Count && ranges[last + 1].Anonymous && ranges[last + 1].Start == ranges[last].End)
        {
            last++;
        }

        var start = ranges[first].Start;
        var length = ranges[last].End - start;
        var result = madvise((nint)start, (nuint)length, MadvHugePage);
        if (Environment.GetEnvironmentVariable("PARTNERDOCS_THP") == "debug")
        {
            Console.Error.WriteLine($"thp: {start:x}-{ranges[last].End:x} ({length >> 20} MB, {last - first + 1} maps) -> {result} {Marshal.GetLastPInvokeError()}");
        }
    }

    [DllImport("libc", SetLastError = true)]
    private static extern int madvise(nint address, nuint length, int advice);
}
