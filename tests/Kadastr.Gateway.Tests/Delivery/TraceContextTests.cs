using System.Collections.Concurrent;
using System.Diagnostics;
using RentToOwn.Kadastr.Gateway.Outbox;
using RentToOwn.Kadastr.Protocol.Calls;
using RentToOwn.Kadastr.Protocol.V1;
using RentToOwn.Kadastr.Simulator;
using RentToOwn.Kadastr.Simulator.Hosting;

namespace RentToOwn.Kadastr.Gateway.Tests.Delivery;

/// <summary>
/// Issue 17 §4: the outbox keeps the W3C trace context of the request that enqueued a submission, and the send — later, on
/// the dispatcher's thread, after a restart too — continues that trace, so one trace spans platform → gateway → cadastre.
/// </summary>
public sealed class TraceContextTests(KitFixture kit) : IClassFixture<KitFixture>, IDisposable
{
    private readonly TempFolder temp = new();
    private readonly ConcurrentBag<Activity> spans = [];
    private readonly ActivitySource platform = new("test.platform");
    private ActivityListener? listener;

    public void Dispose()
    {
        listener?.Dispose();
        platform.Dispose();
        temp.Dispose();
    }

    [Fact]
    public async Task A_submission_is_sent_in_the_trace_of_the_request_that_enqueued_it_and_the_cadastre_serves_it_in_that_trace()
    {
        Listen();
        await using var sim = await SimulatorHost.StartAsync(new SimulatorOptions(), kit.Kit.Checker);
        using var transport = KadastrChannel.Create(sim.Address);
        using var store = new SqliteOutboxStore(temp.File("traced.db"));
        await using var gateway = new KadastrGateway(store, new RealEstateRegistry.RealEstateRegistryClient(transport));
        string traceId;
        using (var request = platform.StartActivity("POST /api/registrations", ActivityKind.Server)!)
        {
            request.TraceStateString = "rto=platform";
            traceId = request.TraceId.ToString();
            Assert.True(gateway.Submit(kit.Apps.Lease("gw-traced-1", kit.FreshProperty())));
        }

        Assert.Null(Activity.Current);
        var stored = store.Find("gw-traced-1")!;
        Assert.StartsWith($"00-{traceId}-", stored.TraceParent);
        Assert.Equal("rto=platform", stored.TraceState);
        gateway.Start();

        var (send, server) = await SendAndCadastreSpansAsync("gw-traced-1", traceId);
        Assert.Equal(ActivityKind.Producer, send.Kind);
        Assert.Equal("rto=platform", send.TraceStateString);
        Assert.Equal(ActivityKind.Server, server.Kind);
    }

    [Fact]
    public async Task After_a_restart_a_new_dispatcher_over_the_same_outbox_continues_the_enqueuing_trace()
    {
        Listen();
        await using var sim = await SimulatorHost.StartAsync(new SimulatorOptions(), kit.Kit.Checker);
        using var transport = KadastrChannel.Create(sim.Address);
        var outbox = temp.File("restart.db");
        string traceId;
        // First run: enqueued inside the request's span; the gateway stops before it sends anything.
        using (var store = new SqliteOutboxStore(outbox))
        {
            await using var gateway = new KadastrGateway(store, new RealEstateRegistry.RealEstateRegistryClient(transport));
            using var request = platform.StartActivity("POST /api/registrations", ActivityKind.Server)!;
            traceId = request.TraceId.ToString();
            Assert.True(gateway.Submit(kit.Apps.Lease("gw-restart-1", kit.FreshProperty())));
        }

        Assert.DoesNotContain(spans, s => s.OperationName == "kadastr.submit" && s.TraceId.ToString() == traceId);

        // Second run (a new process in production): a new store and dispatcher over the same file, started outside any span.
        using (var store = new SqliteOutboxStore(outbox))
        {
            Assert.Equal(OutboxState.Pending, store.Find("gw-restart-1")!.State);
            await using var gateway = new KadastrGateway(store, new RealEstateRegistry.RealEstateRegistryClient(transport));
            using (var unrelated = platform.StartActivity("host start")!)
            {
                // Whatever span starts the dispatcher, the item's own trace wins.
                gateway.Start();
            }

            await SendAndCadastreSpansAsync("gw-restart-1", traceId);
        }
    }

    [Fact]
    public async Task A_submission_enqueued_outside_any_trace_is_sent_in_a_trace_of_its_own()
    {
        Listen();
        await using var sim = await SimulatorHost.StartAsync(new SimulatorOptions(), kit.Kit.Checker);
        using var transport = KadastrChannel.Create(sim.Address);
        using var store = new SqliteOutboxStore(temp.File("untraced.db"));
        await using var gateway = new KadastrGateway(store, new RealEstateRegistry.RealEstateRegistryClient(transport));
        Assert.True(gateway.Submit(kit.Apps.Lease("gw-untraced-1", kit.FreshProperty())));
        Assert.Null(store.Find("gw-untraced-1")!.TraceParent);
        Assert.Null(store.Find("gw-untraced-1")!.TraceState);
        gateway.Start();

        var send = await WaitForAsync(() => spans.FirstOrDefault(s => s.OperationName == "kadastr.submit" && Tag(s) == "gw-untraced-1"));
        Assert.Null(send.ParentId);
        await WaitForAsync(() => spans.FirstOrDefault(s => s.Source.Name == "Microsoft.AspNetCore" && s.TraceId == send.TraceId));
    }

    [Fact]
    public void An_outbox_written_before_the_trace_columns_existed_opens_and_its_items_have_no_trace()
    {
        var path = temp.File("old.db");
        using (var store = new SqliteOutboxStore(path))
        {
            Assert.True(store.Enqueue(kit.Apps.Lease("gw-old-1", kit.FreshProperty()), DateTimeOffset.UnixEpoch));
        }

        // Drop the columns as an older gateway's file would lack them (SQLite 3.35+ DROP COLUMN).
        using (var db = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={path};Pooling=False"))
        {
            db.Open();
            using var cmd = db.CreateCommand();
            cmd.CommandText = "ALTER TABLE outbox DROP COLUMN trace_parent; ALTER TABLE outbox DROP COLUMN trace_state;";
            cmd.ExecuteNonQuery();
        }

        using var reopened = new SqliteOutboxStore(path);
        var item = reopened.Find("gw-old-1")!;
        Assert.Null(item.TraceParent);
        Assert.Null(item.TraceState);
    }

    private void Listen()
    {
        listener = new ActivityListener
        {
            ShouldListenTo = s => s.Name is "test.platform" or "Microsoft.AspNetCore" or "System.Net.Http" or KadastrGateway.TracingSource,
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
            ActivityStopped = spans.Add,
        };
        ActivitySource.AddActivityListener(listener);
    }

    /// <summary>The gateway's send span and the simulator's server span, both in <paramref name="traceId"/> (waited for, not slept on).</summary>
    private async Task<(Activity Send, Activity Server)> SendAndCadastreSpansAsync(string applicationId, string traceId)
    {
        var send = await WaitForAsync(() => spans.FirstOrDefault(s => s.OperationName == "kadastr.submit" && Tag(s) == applicationId));
        Assert.Equal(traceId, send.TraceId.ToString());
        // The cadastre's server span (ASP.NET Core hosting in the simulator) belongs to the same trace, below the send.
        var server = await WaitForAsync(() => spans.FirstOrDefault(s => s.Source.Name == "Microsoft.AspNetCore" && s.TraceId.ToString() == traceId));
        return (send, server);
    }

    private static string? Tag(Activity s) => s.GetTagItem("kadastr.application_id") as string;

    private static async Task<Activity> WaitForAsync(Func<Activity?> find)
    {
        var until = DateTime.UtcNow.AddSeconds(60);
        while (true)
        {
            if (find() is { } found) return found;
            Assert.True(DateTime.UtcNow < until, "the span did not end within 60 s");
            await Task.Delay(20);
        }
    }
}
