using System;
using System.IO;
using System.Linq;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics.X86;

namespace CoreMLGen.Evaluator.Benchmarks;

/// <summary>What a timed run prints about where it ran: the CPU, its vector units, the OS, .NET and the load.</summary>
internal static class Machine
{
    public static string Describe()
    {
        string cpu = CpuInfo("model name") ?? "unknown CPU";
        string family = CpuInfo("cpu family") is { } f ? " (CPU family " + f + ")" : string.Empty;
        string vectors = Avx512F.IsSupported ? "AVX-512" : Avx2.IsSupported ? "AVX2" : "no AVX2";
        return cpu + family + ", " + Environment.ProcessorCount + " cores, " + vectors + (Fma.IsSupported ? " + FMA" : string.Empty)
            + ", " + RuntimeInformation.OSDescription + ", .NET " + Environment.Version;
    }

    /// <summary>The 1, 5 and 15 minute load averages (Linux), or a note that they are unknown.</summary>
    public static string Load() =>
        File.Exists("/proc/loadavg") ? "load average " + string.Join(", ", File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "load average unknown";

    private static string? CpuInfo(string field) =>
        File.Exists("/proc/cpuinfo")
            ? File.ReadLines("/proc/cpuinfo").FirstOrDefault(line => line.StartsWith(field, StringComparison.Ordinal))?.Split(':', 2)[1].Trim()
            : null;
}
