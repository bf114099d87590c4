using System.Collections.Concurrent;
using System.Net;
using Grpc.Core;
using RentToOwn.Kadastr.Gateway.Delivery;
using RentToOwn.Kadastr.Gateway.Outbox;
using RentToOwn.Kadastr.Protocol.Calls;
using RentToOwn.Kadastr.Protocol.V1;
using RentToOwn.Kadastr.Simulator;
using RentToOwn.Kadastr.Simulator.Faults;
using RentToOwn.Kadastr.Simulator.Hosting;

namespace RentToOwn.Kadastr.Gateway.Tests.Delivery;

/// <summary>The gateway against the real simulator over gRPC.</summary>
public sealed class GatewayIntegrationTests(KitFixture kit) : IClassFixture<KitFixture>, IDisposable
{
    private static readonly GatewayOptions Fast = new()
    {
        CallTimeout = TimeSpan.FromSeconds(5),
        RetryBaseDelay = TimeSpan.FromMilliseconds(5),
        RetryMaxDelay = TimeSpan.FromMilliseconds(100),
        RetryAttempts = 3,
        IdlePollInterval = TimeSpan.FromMilliseconds(50),
    };

    private readonly TempFolder temp = new();

    public void Dispose() => temp.Dispose();

    [Fact]
    public async Task Faulty_cadastre_still_registers_every_application_exactly_once()
    {
        // Seeded, but which call draws which roll follows the calls' interleaving: at 0.1 a run of 30 commits had no
        // dropped reply about 4 % of the time (0.9^30); at 0.2 that is about 0.1 %.
        var faults = new FaultOptions { UnavailableRate = 0.3, DropReplyRate = 0.2, Seed = 7 };
        await using var sim = await SimulatorHost.StartAsync(new SimulatorOptions { Faults = faults }, kit.Kit.Checker);
        using var transport = KadastrChannel.Create(sim.Address);
        using var store = new SqliteOutboxStore(temp.File("outbox.db"));
        var events = new ConcurrentQueue<ApplicationEvent>();
        await using var gateway = new KadastrGateway(store, new RealEstateRegistry.RealEstateRegistryClient(transport), Fast, onEvent: e => { events.Enqueue(e); return ValueTask.CompletedTask; });

        var ids = Enumerable.Range(0, 30).Select(i => $"gw-fault-{i}").ToList();
        foreach (var id in ids)
        {
            Assert.True(gateway.Submit(kit.Apps.Lease(id, kit.FreshProperty())));
        }

        gateway.Start();
        await WaitSettled(gateway);

        Assert.All(ids, id => Assert.Equal(ApplicationStatus.Registered, gateway.Find(id)!.LastStatus));
        Assert.All(ids, id => Assert.Equal(OutboxState.Done, gateway.Find(id)!.State));
        var entries = await sim.Registrar.EntriesPerApplicationAsync(default);
        Assert.All(ids, id => Assert.Equal(1, entries[id]));
        Assert.True(sim.Faults.InjectedUnavailable > 0);
        Assert.True(sim.Faults.InjectedDroppedReplies > 0);

        // Resume after the last seen event: every application's events arrive once, in order.
        foreach (var group in events.GroupBy(e => e.ApplicationId))
        {
            var seqs = group.Select(e => e.Sequence).ToList();
            Assert.Equal(seqs.Distinct().Order(), seqs.Order());
            Assert.Contains(group, e => e.Notice?.Inbox == NoticeInbox.EgovCabinet);
        }
    }

    [Fact]
    public async Task Pending_submissions_survive_a_gateway_restart_and_go_out_afterwards()
    {
        var outbox = temp.File("restart.db");
        using var closed = new ClosedPort();
        var ids = Enumerable.Range(0, 5).Select(i => $"gw-restart-{i}").ToList();

        // 1. The cadastre is down: submissions are stored, attempted and rescheduled.
        using (var store = new SqliteOutboxStore(outbox))
        using (var dead = KadastrChannel.Create(closed.Url))
        {
            await using var gateway = new KadastrGateway(store, new RealEstateRegistry.RealEstateRegistryClient(dead), Fast);
            foreach (var id in ids)
            {
                gateway.Submit(kit.Apps.Lease(id, kit.FreshProperty()));
            }

            gateway.Start();
            await WaitUntil(() => ids.All(id => gateway.Find(id)!.Attempts >= 1));
            await gateway.StopAsync();
            Assert.All(ids, id => Assert.Equal(OutboxState.Pending, gateway.Find(id)!.State));
            Assert.All(ids, id => Assert.StartsWith("Unavailable", gateway.Find(id)!.LastError));
        }

        // 2. A new gateway process on the same outbox, with the cadastre back.
        await using var sim = await SimulatorHost.StartAsync(new SimulatorOptions(), kit.Kit.Checker);
        using var store2 = new SqliteOutboxStore(outbox);
        using var transport = KadastrChannel.Create(sim.Address);
        await using var restarted = new KadastrGateway(store2, new RealEstateRegistry.RealEstateRegistryClient(transport), Fast);
        restarted.Start();
        await WaitSettled(restarted);
        var entries = await sim.Registrar.EntriesPerApplicationAsync(default);
        Assert.All(ids, id => Assert.Equal(ApplicationStatus.Registered, restarted.Find(id)!.LastStatus));
        Assert.All(ids, id => Assert.Equal(1, entries[id]));
    }

    [Fact]
    public async Task Deadline_cuts_a_slow_call_and_the_submission_stays_pending()
    {
        var slow = new SimulatorOptions { Faults = new FaultOptions { Latency = TimeSpan.FromSeconds(2) } };
        await using var sim = await SimulatorHost.StartAsync(slow, kit.Kit.Checker);
        using var transport = KadastrChannel.Create(sim.Address);
        using var store = new SqliteOutboxStore(temp.File("deadline.db"));
        var options = new GatewayOptions { CallTimeout = TimeSpan.FromMilliseconds(100), RetryAttempts = 1, RetryBaseDelay = TimeSpan.FromMilliseconds(5), RetryMaxDelay = TimeSpan.FromSeconds(10) };
        await using var gateway = new KadastrGateway(store, new RealEstateRegistry.RealEstateRegistryClient(transport), options);
        gateway.Submit(kit.Apps.Lease("gw-slow", kit.FreshProperty()));
        gateway.Start();

        await WaitUntil(() => gateway.Find("gw-slow")!.Attempts >= 1);
        var item = gateway.Find("gw-slow")!;
        Assert.Equal(OutboxState.Pending, item.State);
        Assert.StartsWith("DeadlineExceeded", item.LastError);
    }

    [Fact]
    public async Task Permanent_rejection_is_not_retried()
    {
        await using var sim = await SimulatorHost.StartAsync(new SimulatorOptions(), kit.Kit.Checker);
        using var transport = KadastrChannel.Create(sim.Address);
        using var store = new SqliteOutboxStore(temp.File("reject.db"));
        await using var gateway = new KadastrGateway(store, new RealEstateRegistry.RealEstateRegistryClient(transport), Fast);
        gateway.Submit(new Application { Id = "gw-no-kind", CadastralNumber = "21:320:050:1" });
        gateway.Start();
        await WaitSettled(gateway);
        var item = gateway.Find("gw-no-kind")!;
        Assert.Equal(OutboxState.Failed, item.State);
        Assert.Equal(1, item.Attempts);
        Assert.StartsWith("InvalidArgument", item.LastError);
        Assert.Throws<ArgumentException>(() => gateway.Submit(new Application()));
    }

    [Fact]
    public async Task Without_WatchApplication_the_tracker_falls_back_to_polling()
    {
        var registry = new NoWatchRegistry();
        await using var host = await RegistryServer.StartAsync(registry);
        using var transport = KadastrChannel.Create(host.Address);
        using var store = new SqliteOutboxStore(temp.File("poll.db"));
        await using var gateway = new KadastrGateway(store, new RealEstateRegistry.RealEstateRegistryClient(transport), Fast);
        gateway.Submit(new Application { Id = "gw-poll", Kind = ApplicationKind.LeaseEncumbranceRegistration, CadastralNumber = "x" });
        gateway.Start();
        await WaitSettled(gateway);
        Assert.Equal(ApplicationStatus.Registered, gateway.Find("gw-poll")!.LastStatus);
        Assert.True(gateway.Tracker.FallbackPolls >= 2);
    }

    private static async Task WaitSettled(KadastrGateway gateway) => await WaitUntil(gateway.IsSettled, TimeSpan.FromSeconds(90));

    private static async Task WaitUntil(Func<bool> condition, TimeSpan? limit = null)
    {
        var until = DateTime.UtcNow + (limit ?? TimeSpan.FromSeconds(30));
        while (!condition())
        {
            Assert.True(DateTime.UtcNow < until, "condition not reached in time");
            await Task.Delay(20);
        }
    }

    /// <summary>A cadastre without WatchApplication that registers on the second poll.</summary>
    private sealed class NoWatchRegistry : RealEstateRegistry.RealEstateRegistryBase
    {
        private int gets;

        public override Task<Application> SubmitApplication(SubmitApplicationRequest request, ServerCallContext context) =>
            Task.FromResult(new Application { Id = request.Application.Id, Status = ApplicationStatus.UnderReview });

        public override Task<Application> GetApplication(GetApplicationRequest request, ServerCallContext context) =>
            Task.FromResult(new Application
            {
                Id = request.Id,
                Status = Interlocked.Increment(ref gets) >= 2 ? ApplicationStatus.Registered : ApplicationStatus.UnderReview,
            });
    }
}
