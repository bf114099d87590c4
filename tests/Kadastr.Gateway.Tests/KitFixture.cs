using RentToOwn.Kadastr.Simulator.Demo;

namespace RentToOwn.Kadastr.Gateway.Tests;

/// <summary>One test PKI and application factory per test class (key generation is the slow part).</summary>
public sealed class KitFixture
{
    private int next;

    public DemoSigningKit Kit { get; } = DemoSigningKit.Create(TimeProvider.System);

    public DemoApplications Apps => new(Kit, TimeProvider.System);

    /// <summary>A seeded flat no other test of this class uses (each class gets its own simulator).</summary>
    public string FreshProperty() => "21:320:050:" + Interlocked.Increment(ref next);
}
