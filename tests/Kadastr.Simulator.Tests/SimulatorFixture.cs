using Microsoft.Extensions.Time.Testing;
using RentToOwn.Kadastr.Protocol.Calls;
using RentToOwn.Kadastr.Protocol.V1;
using RentToOwn.Kadastr.Simulator;
using RentToOwn.Kadastr.Simulator.Demo;
using RentToOwn.Kadastr.Simulator.Hosting;

namespace RentToOwn.Kadastr.Simulator.Tests;

/// <summary>One simulator on a free port with a fresh test PKI, on a fake clock (Tuesday 3 March 2026, 10:00 Astana).</summary>
public sealed class SimulatorFixture : IAsyncLifetime
{
    private static int nextProperty;
    private Grpc.Net.Client.GrpcChannel? transport;

    public FakeTimeProvider Clock { get; } = new(new DateTimeOffset(2026, 3, 3, 5, 0, 0, TimeSpan.Zero));

    public DemoSigningKit Kit { get; private set; } = null!;

    public DemoApplications Apps { get; private set; } = null!;

    public SimulatorHost Host { get; private set; } = null!;

    public RealEstateRegistry.RealEstateRegistryClient Client { get; private set; } = null!;

    /// <summary>A seeded flat nobody else in this test run uses.</summary>
    public static string FreshProperty() => "21:320:050:" + Interlocked.Increment(ref nextProperty);

    public async Task InitializeAsync()
    {
        Kit = DemoSigningKit.Create(Clock);
        Apps = new DemoApplications(Kit, Clock);
        Host = await SimulatorHost.StartAsync(new SimulatorOptions(), Kit.Checker, Clock);
        transport = KadastrChannel.Create(Host.Address);
        Client = new RealEstateRegistry.RealEstateRegistryClient(transport);
    }

    public async Task DisposeAsync()
    {
        transport?.Dispose();
        await Host.DisposeAsync();
    }
}
