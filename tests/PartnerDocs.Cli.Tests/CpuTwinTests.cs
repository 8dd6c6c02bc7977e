using PartnerDocs.Cli;

namespace PartnerDocs.Tests.Cli;

public class CpuTwinTests
{
    // The first processor's text in /proc/cpuinfo: the machine the benchmarks ran on, and two CPU models without x86-64-v3.
    private const string Epyc = """
        processor	: 0
        model name	: AMD EPYC
        flags		: fpu vme de pse tsc msr pae mce cx8 apic sep mtrr pge mca cmov pat pse36 clflush mmx fxsr sse sse2 ht syscall nx mmxext fxsr_opt pdpe1gb rdtscp lm constant_tsc rep_good nopl xtopology nonstop_tsc cpuid extd_apicid tsc_known_freq pni pclmulqdq ssse3 fma cx16 pcid sse4_1 sse4_2 x2apic movbe popcnt tsc_deadline_timer aes xsave avx f16c rdrand hypervisor lahf_lm cmp_legacy cr8_legacy abm sse4a misalignsse 3dnowprefetch osvw topoext cpuid_fault vmmcall fsgsbase tsc_adjust bmi1 avx2 smep bmi2 erms invpcid avx512f avx512dq adx smap avx512ifma clflushopt clwb avx512cd sha_ni avx512bw avx512vl xsaveopt xsavec xgetbv1 xsaves avx_vnni avx512_bf16 clzero xsaveerptr arat avx512vbmi umip avx512_vbmi2 gfni vaes vpclmulqdq avx512_vnni avx512_bitalg avx512_vpopcntdq rdpid fsrm avx512_vp2intersect
        """;

    private const string SandyBridge = """
        processor	: 0
        model name	: Intel(R) Core(TM) i7-2600 CPU @ 3.40GHz
        flags		: fpu vme de pse tsc msr pae mce cx8 apic sep mtrr pge mca cmov pat pse36 clflush dts acpi mmx fxsr sse sse2 ss ht tm pbe syscall nx rdtscp lm constant_tsc arch_perfmon pebs bts rep_good nopl xtopology nonstop_tsc cpuid aperfmperf pni pclmulqdq dtes64 monitor ds_cpl vmx smx est tm2 ssse3 cx16 xtpr pdcm pcid sse4_1 sse4_2 x2apic popcnt tsc_deadline_timer aes xsave avx lahf_lm epb pti ssbd ibrs ibpb stibp tpr_shadow vnmi flexpriority ept vpid xsaveopt dtherm ida arat pln pts md_clear flush_l1d
        """;

    // QEMU's default CPU model, which many self-hosted CI VMs run on: no AVX at all.
    private const string Qemu64 = """
        processor	: 0
        model name	: QEMU Virtual CPU version 2.5+
        flags		: fpu de pse tsc msr pae mce cx8 apic sep mtrr pge mca cmov pse36 clflush mmx fxsr sse sse2 syscall nx lm rep_good nopl cpuid extd_apicid tsc_known_freq pni cx16 x2apic hypervisor lahf_lm cmp_legacy 3dnowprefetch vmmcall
        """;

    [Fact]
    public void A_cpu_with_avx2_bmi_fma_lzcnt_and_movbe_runs_the_x86_64_v3_twin() => Assert.True(CpuTwin.SupportsV3(Epyc));

    [Theory]
    [InlineData(SandyBridge)] // AVX without AVX2 or BMI
    [InlineData(Qemu64)]
    [InlineData("processor\t: 0\nmodel name\t: unknown\n")] // no flags line: nothing is assumed
    [InlineData("")]
    public void Any_other_cpu_keeps_the_program_for_every_x86_64_cpu(string cpuinfo) => Assert.False(CpuTwin.SupportsV3(cpuinfo));

    [Fact]
    public void A_cpu_whose_kernel_does_not_list_avx2_keeps_the_program_for_every_x86_64_cpu() =>
        Assert.False(CpuTwin.SupportsV3(Epyc.Replace(" avx2 ", " ")));
}
