using System.Runtime;
using PartnerDocs.Site;

namespace PartnerDocs.Tests.Site;

/// <summary>check's rules run without garbage collections while they stay within their budget, and as usual past it.</summary>
[Collection(WithoutCollectionsTests.Serial)]
public class WithoutCollectionsTests
{
    public const string Serial = "no other test allocating beside a no-collection section";

    [Fact]
    public void Work_within_its_budget_runs_without_collections()
    {
        var (mode, collections) = WithoutCollections.Run(64L << 20, () =>
        {
            var before = GC.CollectionCount(0);
            var arrays = Enumerable.Range(0, 16_000).Select(i => new byte[1000]).ToList(); // 16 MB, past a gen0 budget
            return (GCSettings.LatencyMode, GC.CollectionCount(0) - before);
        });

        Assert.Equal(GCLatencyMode.NoGCRegion, mode);
        Assert.Equal(0, collections);
        Assert.NotEqual(GCLatencyMode.NoGCRegion, GCSettings.LatencyMode);
    }

    [Fact]
    public void Work_past_its_budget_runs_as_usual()
    {
        var kept = WithoutCollections.Run(1L << 20, () => Enumerable.Range(0, 64).Select(i => new byte[1 << 20]).Count());

        Assert.Equal(64, kept);
        Assert.NotEqual(GCLatencyMode.NoGCRegion, GCSettings.LatencyMode);
    }

    [Fact]
    public void A_section_inside_a_section_runs_inside_it()
    {
        var inner = WithoutCollections.Run(64L << 20, () => WithoutCollections.Run(64L << 20, () => GCSettings.LatencyMode));

        Assert.Equal(GCLatencyMode.NoGCRegion, inner);
        Assert.NotEqual(GCLatencyMode.NoGCRegion, GCSettings.LatencyMode);
    }

    [Fact]
    public void Work_that_throws_still_ends_the_section()
    {
        Assert.Throws<InvalidDataException>(() => WithoutCollections.Run<int>(64L << 20, () => throw new InvalidDataException("rule failed")));

        Assert.NotEqual(GCLatencyMode.NoGCRegion, GCSettings.LatencyMode);
    }
}

[CollectionDefinition(WithoutCollectionsTests.Serial, DisableParallelization = true)]
public sealed class WithoutCollectionsCollection;
