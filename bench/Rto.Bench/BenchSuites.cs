using RentToOwn.Bench.Platform;
using RentToOwn.Bench.Suites;

namespace RentToOwn.Bench;

/// <summary>Every suite; each lives in its own file under Suites/.</summary>
public static class BenchSuites
{
    /// <summary>All suites.</summary>
    public static IEnumerable<IBenchSuite> All() =>
    [
        new ScheduleSuite(),
        new EdsSuite(),
        new LedgerSuite(),
        new GrpcSuite(),
        new FabricSuite(),
        new LifecycleSuite(),
        new ReadsSuite(),
    ];
}
