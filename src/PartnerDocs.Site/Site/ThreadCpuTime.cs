using System.Globalization;

namespace PartnerDocs.Site;

/// <summary>
/// The CPU time (user + system) of the calling thread, so work can be timed while other threads of the process run.
/// Linux only (/proc/thread-self/stat, in 10 ms clock ticks); null elsewhere.
/// </summary>
internal static class ThreadCpuTime
{
    private const double ClockTicksPerSecond = 100; // USER_HZ, the same on every Linux architecture .NET runs on

    public static TimeSpan? Now()
    {
        if (!OperatingSystem.IsLinux())
            return null;
        try
        {
            var stat = File.ReadAllText("/proc/thread-self/stat");
            // After "pid (comm) " the fields are state, ppid, ... with utime and stime the 12th and 13th.
            var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
            var ticks = long.Parse(fields[11], CultureInfo.InvariantCulture) + long.Parse(fields[12], CultureInfo.InvariantCulture);
            return TimeSpan.FromSeconds(ticks / ClockTicksPerSecond);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or FormatException or IndexOutOfRangeException)
        {
            return null;
        }
    }
}
