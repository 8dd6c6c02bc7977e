using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics.X86;

namespace PartnerDocs.Cli;

/// <summary>
/// The x86-64 Linux package holds two native builds: the program for any x86-64 CPU, and a twin beside it compiled for
/// x86-64-v3 (AVX2, BMI1/2, FMA, ...), whose wider vector code loads and checks docsets 4-6% faster (bench/). A native
/// build's instruction set is fixed when it is compiled, and one built for v3 refuses to start on an older CPU, so the
/// program for any CPU starts first and, where the CPU and the kernel support v3, replaces itself with the twin: same
/// process, same arguments, same standard streams. PARTNERDOCS_CPU=x86-64 keeps the program for any CPU.
/// </summary>
internal static class CpuTwin
{
    public const string Suffix = ".x86-64-v3";
    public const string Variable = "PARTNERDOCS_CPU";

    // What x86-64-v3 adds to the baseline, by the names /proc/cpuinfo gives them (abm: LZCNT). The kernel lists a vector
    // extension only when it saves that extension's registers, which the CPUID bits alone do not tell.
    private static readonly string[] V3Flags = ["avx", "avx2", "bmi1", "bmi2", "f16c", "fma", "abm", "movbe"];

    /// <summary>The instruction set this native build was compiled for; null for a JIT run, which uses every one the CPU has.</summary>
    public static string? CompiledFor => RuntimeFeature.IsDynamicCodeSupported || RuntimeInformation.ProcessArchitecture != Architecture.X64 ? null
        : Avx2.IsSupported ? "x86-64-v3" : "x86-64";

    /// <summary>Runs the twin in place of this process when it applies; returns (doing nothing) otherwise.</summary>
    public static void ReplaceThisProcess(string[] args)
    {
        if (CompiledFor != "x86-64" || !OperatingSystem.IsLinux() || Environment.GetEnvironmentVariable(Variable) == "x86-64"
            || Environment.ProcessPath is not { } program || !File.Exists(program + Suffix) || !SupportsV3(CpuInfo()))
        {
            return;
        }

        Exec(program + Suffix, args); // returns only when the twin could not be started: this build then runs
    }

    /// <summary>Whether the CPU /proc/cpuinfo describes (its first processor's flags: every core has the same) runs x86-64-v3 code.</summary>
    public static bool SupportsV3(string cpuinfo)
    {
        foreach (var line in cpuinfo.AsSpan().EnumerateLines())
        {
            if (line.StartsWith("flags") && line.IndexOf(':') is var colon and > 0)
            {
                var flags = line[(colon + 1)..].ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries);
                return V3Flags.All(flags.Contains);
            }
        }

        return false;
    }

    // The first processor's lines, up to its flags: the kernel makes each processor's text only when it is read, which can take
    // a moment per processor on a large machine.
    private static string CpuInfo()
    {
        try
        {
            var lines = new List<string>();
            foreach (var line in File.ReadLines("/proc/cpuinfo"))
            {
                lines.Add(line);
                if (line.StartsWith("flags", StringComparison.Ordinal))
                {
                    break;
                }
            }

            return string.Join('\n', lines);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return "";
        }
    }

    private static void Exec(string path, string[] args)
    {
        var argv = new IntPtr[args.Length + 2]; // the program's path first, a null pointer last
        try
        {
            argv[0] = Marshal.StringToCoTaskMemUTF8(path);
            for (var i = 0; i < args.Length; i++)
            {
                argv[i + 1] = Marshal.StringToCoTaskMemUTF8(args[i]);
            }

            _ = execv(argv[0], argv);
        }
        finally
        {
            foreach (var pointer in argv)
            {
                Marshal.FreeCoTaskMem(pointer);
            }
        }
    }

    [DllImport("libc", SetLastError = true)]
    private static extern int execv(IntPtr path, IntPtr[] argv);
}
