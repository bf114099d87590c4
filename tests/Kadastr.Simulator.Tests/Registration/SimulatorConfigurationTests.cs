using System.Text;
using Microsoft.Extensions.Time.Testing;
using RentToOwn.Kadastr.Protocol.Calls;
using Grpc.Core;
using RentToOwn.Kadastr.Protocol.V1;
using RentToOwn.Kadastr.Simulator.Demo;
using RentToOwn.Kadastr.Simulator.Faults;
using RentToOwn.Kadastr.Simulator.Hosting;
using RentToOwn.Kadastr.Simulator.Seed;

namespace RentToOwn.Kadastr.Simulator.Tests.Registration;

/// <summary>Fault injection, authentication, processing delay, persistence and seed files.</summary>
public sealed class SimulatorConfigurationTests(SimulatorFixture sim) : IClassFixture<SimulatorFixture>
{
    [Fact]
    public async Task Unavailable_rate_one_rejects_every_call_before_any_work()
    {
        await using var host = await SimulatorHost.StartAsync(new SimulatorOptions { Faults = new FaultOptions { UnavailableRate = 1 } }, sim.Kit.Checker, sim.Clock);
        using var t = KadastrChannel.Create(host.Address);
        var ex = await Assert.ThrowsAsync<RpcException>(async () => await
            new RealEstateRegistry.RealEstateRegistryClient(t).SubmitApplicationAsync(new SubmitApplicationRequest { Application = sim.Apps.Lease("f-1", SimulatorFixture.FreshProperty()) }));
        Assert.Equal(StatusCode.Unavailable, ex.StatusCode);
        Assert.Equal(1, host.Faults.InjectedUnavailable);
        Assert.Equal(1, host.Faults.Calls);
        Assert.False((await host.Registrar.EntriesPerApplicationAsync(default)).ContainsKey("f-1"));
    }

    [Fact]
    public async Task Dropped_reply_commits_first_and_the_retry_returns_the_same_application()
    {
        var options = new SimulatorOptions { Faults = new FaultOptions { DropReplyRate = 1 } };
        await using var host = await SimulatorHost.StartAsync(options, sim.Kit.Checker, sim.Clock);
        using var t = KadastrChannel.Create(host.Address);
        var client = new RealEstateRegistry.RealEstateRegistryClient(t);
        var lease = sim.Apps.Lease("f-drop", SimulatorFixture.FreshProperty());

        var ex = await Assert.ThrowsAsync<RpcException>(async () => await client.SubmitApplicationAsync(new SubmitApplicationRequest { Application = lease }));
        Assert.Equal(StatusCode.Unavailable, ex.StatusCode);
        var stored = await client.GetApplicationAsync(new GetApplicationRequest { Id = "f-drop" });
        Assert.Equal(ApplicationStatus.Registered, stored.Status);

        await Assert.ThrowsAsync<RpcException>(async () => await client.SubmitApplicationAsync(new SubmitApplicationRequest { Application = lease }));
        Assert.Equal(1, (await host.Registrar.EntriesPerApplicationAsync(default))["f-drop"]);
        Assert.Equal(2, host.Faults.InjectedDroppedReplies);
    }

    [Theory]
    [InlineData(-0.1, 0)]
    [InlineData(0, 1.5)]
    [InlineData(double.NaN, 0)]
    public void Fault_rates_outside_zero_to_one_are_rejected(double unavailable, double drop) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => new FaultInjector(new FaultOptions { UnavailableRate = unavailable, DropReplyRate = drop }, TimeProvider.System));

    [Fact]
    public async Task Configured_token_is_required()
    {
        await using var host = await SimulatorHost.StartAsync(new SimulatorOptions { AuthToken = "s3cret" }, sim.Kit.Checker, sim.Clock);
        using var anonymous = KadastrChannel.Create(host.Address);
        var ex = await Assert.ThrowsAsync<RpcException>(async () => await new RealEstateRegistry.RealEstateRegistryClient(anonymous).GetApplicationAsync(new GetApplicationRequest { Id = "x" }));
        Assert.Equal(StatusCode.Unauthenticated, ex.StatusCode);

        using var authed = KadastrChannel.Create(host.Address, new KadastrChannelOptions { BearerToken = "s3cret", AllowTokenOverPlaintext = true });
        var nf = await Assert.ThrowsAsync<RpcException>(async () => await new RealEstateRegistry.RealEstateRegistryClient(authed).GetApplicationAsync(new GetApplicationRequest { Id = "x" }));
        Assert.Equal(StatusCode.NotFound, nf.StatusCode);

        // Same length, one character off; and the streaming method is guarded too.
        using var wrong = KadastrChannel.Create(host.Address, new KadastrChannelOptions { BearerToken = "s3creT", AllowTokenOverPlaintext = true });
        var denied = await Assert.ThrowsAsync<RpcException>(async () => await new RealEstateRegistry.RealEstateRegistryClient(wrong).GetApplicationAsync(new GetApplicationRequest { Id = "x" }));
        Assert.Equal(StatusCode.Unauthenticated, denied.StatusCode);
        using var watch = new RealEstateRegistry.RealEstateRegistryClient(anonymous).WatchApplication(new WatchApplicationRequest { Id = "x" });
        var stream = await Assert.ThrowsAsync<RpcException>(async () => await watch.ResponseStream.MoveNext(CancellationToken.None));
        Assert.Equal(StatusCode.Unauthenticated, stream.StatusCode);
    }

    [Fact]
    public async Task Processing_delay_runs_on_the_injected_clock()
    {
        var clock = new FakeTimeProvider(sim.Clock.GetUtcNow());
        var apps = new DemoApplications(sim.Kit, clock);
        await using var host = await SimulatorHost.StartAsync(new SimulatorOptions { ProcessingDelay = TimeSpan.FromMinutes(30) }, sim.Kit.Checker, clock);
        using var t = KadastrChannel.Create(host.Address);
        var client = new RealEstateRegistry.RealEstateRegistryClient(t);

        var app = await client.SubmitApplicationAsync(new SubmitApplicationRequest { Application = apps.Lease("delay-1", SimulatorFixture.FreshProperty()) });
        Assert.Equal(ApplicationStatus.UnderReview, app.Status);
        clock.Advance(TimeSpan.FromMinutes(30));
        Application now;
        var spins = 0;
        do
        {
            await Task.Delay(20);
            now = await client.GetApplicationAsync(new GetApplicationRequest { Id = "delay-1" });
        }
        while (now.Status == ApplicationStatus.UnderReview && ++spins < 250);

        Assert.Equal(ApplicationStatus.Registered, now.Status);
        Assert.Equal(TimeSpan.FromMinutes(30), now.DecidedAt.ToDateTimeOffset() - now.PaymentConfirmedAt.ToDateTimeOffset());
    }

    [Fact]
    public async Task File_state_survives_a_restart_and_is_seeded_once()
    {
        var dir = Directory.CreateTempSubdirectory("kadastr-sim-");
        try
        {
            var options = new SimulatorOptions { DatabasePath = Path.Combine(dir.FullName, "sim.db") };
            var property = SimulatorFixture.FreshProperty();
            await using (var first = await SimulatorHost.StartAsync(options, sim.Kit.Checker, sim.Clock))
            {
                using var t = KadastrChannel.Create(first.Address);
                await new RealEstateRegistry.RealEstateRegistryClient(t).SubmitApplicationAsync(new SubmitApplicationRequest { Application = sim.Apps.Lease("persist-1", property) });
            }

            await using var second = await SimulatorHost.StartAsync(options, sim.Kit.Checker, sim.Clock);
            using var t2 = KadastrChannel.Create(second.Address);
            var client = new RealEstateRegistry.RealEstateRegistryClient(t2);
            Assert.Equal(ApplicationStatus.Registered, (await client.GetApplicationAsync(new GetApplicationRequest { Id = "persist-1" })).Status);
            var sheet = await client.GetRegistrationSheetAsync(new GetRegistrationSheetRequest { CadastralNumber = property });
            Assert.Single(sheet.Entries, e => e.Kind == RegistrationEntryKind.Ownership); // not seeded twice
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            dir.Delete(recursive: true);
        }
    }

    [Theory]
    [InlineData("not json")]
    [InlineData("{\"persons\": []}")]
    public void Bad_seed_files_are_rejected_with_a_clear_error(string json)
    {
        var ex = Assert.Throws<InvalidDataException>(() => SeedLoader.Parse(new MemoryStream(Encoding.UTF8.GetBytes(json)), "bad.json"));
        Assert.Contains("bad.json", ex.Message);
    }

    [Fact]
    public async Task Unknown_right_kind_in_a_seed_is_rejected()
    {
        const string json = """
            {"persons":[],"legalEntities":[],"marriages":[],"sanctionsList":[],
             "properties":[{"cadastralNumber":"1","address":"a","characteristics":{"purpose":"dwelling","areaSqm":1,"rooms":1,"floor":1,"yearBuilt":2020},
             "rights":[{"kind":"SERVITUDE","holders":["x"]}]}]}
            """;
        var seed = SeedLoader.Parse(new MemoryStream(Encoding.UTF8.GetBytes(json)), "s.json");
        var ex = await Assert.ThrowsAsync<InvalidDataException>(() => SimulatorHost.StartAsync(new SimulatorOptions(), sim.Kit.Checker, sim.Clock, seedOverride: seed));
        Assert.Contains("SERVITUDE", ex.Message);
    }
}
