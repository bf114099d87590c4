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
/// the dispatcher's thread — continues that trace, so one trace spans platform → gateway → cadastre.
/// </summary>
public sealed class TraceContextTests(KitFixture kit) : IClassFixture<KitFixture>, IDisposable
{
    private readonly TempFolder temp = new();

    public void Dispose() => temp.Dispose();

    [Fact]
    public async Task A_submission_is_sent_in_the_trace_of_the_request_that_enqueued_it_and_the_cadastre_serves_it_in_that_trace()
    {
        var spans = new ConcurrentBag<Activity>();
        using var listener = new ActivityListener
        {
            ShouldListenTo = _ => true,
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
            ActivityStopped = spans.Add,
        };
        ActivitySource.AddActivityListener(listener);
        using var platform = new ActivitySource("test.platform");

        await using var sim = await SimulatorHost.StartAsync(new SimulatorOptions(), kit.Kit.Checker);
        using var transport = KadastrChannel.Create(sim.Address);
        var outbox = temp.File("traced.db");
        string traceId;
        using (var store = new SqliteOutboxStore(outbox))
        {
            await using var gateway = new KadastrGateway(store, new RealEstateRegistry.RealEstateRegistryClient(transport));
            using (var request = platform.StartActivity("POST /api/registrations", ActivityKind.Server)!)
            {
                traceId = request.TraceId.ToString();
                Assert.True(gateway.Submit(kit.Apps.Lease("gw-traced-1", kit.FreshProperty())));
            }

            Assert.Null(Activity.Current);
            Assert.StartsWith($"00-{traceId}-", store.Find("gw-traced-1")!.TraceParent);
            gateway.Start();
            var until = DateTime.UtcNow.AddSeconds(60);
            while (gateway.Find("gw-traced-1")!.State == OutboxState.Pending)
            {
                Assert.True(DateTime.UtcNow < until, "not sent within 60 s");
                await Task.Delay(20);
            }
        }

        var send = Assert.Single(spans, s => s.OperationName == "kadastr.submit" && s.GetTagItem("kadastr.application_id") as string == "gw-traced-1");
        Assert.Equal(traceId, send.TraceId.ToString());
        // The cadastre's server span (ASP.NET Core hosting in the simulator) belongs to the same trace, below the send.
        Assert.Contains(spans, s => s.Source.Name == "Microsoft.AspNetCore" && s.TraceId.ToString() == traceId && s.Kind == ActivityKind.Server);

        // An outbox written before the column existed, or an item enqueued outside any trace, sends in a trace of its own.
        using (var store = new SqliteOutboxStore(outbox))
        {
            Assert.True(store.Enqueue(kit.Apps.Lease("gw-untraced-1", kit.FreshProperty()), DateTimeOffset.UtcNow));
            Assert.Null(store.Find("gw-untraced-1")!.TraceParent);
        }
    }
}
