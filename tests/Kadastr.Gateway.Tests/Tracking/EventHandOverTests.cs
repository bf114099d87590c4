using System.Collections.Concurrent;
using Microsoft.Extensions.Time.Testing;
using RentToOwn.Kadastr.Gateway.Delivery;
using RentToOwn.Kadastr.Gateway.Outbox;
using RentToOwn.Kadastr.Protocol.Calls;
using Grpc.Core;
using RentToOwn.Kadastr.Protocol.V1;

namespace RentToOwn.Kadastr.Gateway.Tests.Tracking;

/// <summary>
/// A.25–A.28, A.37: a cadastre event is never lost between the cadastre and the platform. The resume point moves only
/// after the platform's handler succeeded; a failing handler is retried with backoff on the injected clock; a stop
/// (crash) while an event is being handled delivers it again after the restart.
/// </summary>
public sealed class EventHandOverTests : IDisposable
{
    private static readonly GatewayOptions Options = new()
    {
        RetryBaseDelay = TimeSpan.FromSeconds(1),
        RetryMaxDelay = TimeSpan.FromSeconds(30),
        IdlePollInterval = TimeSpan.FromMinutes(10),
    };

    private readonly TempFolder temp = new();
    private readonly ParkingClock clock = new(new DateTimeOffset(2026, 3, 3, 5, 0, 0, TimeSpan.Zero));

    public void Dispose() => temp.Dispose();

    private static Application App(string id) => new() { Id = id, Kind = ApplicationKind.LeaseEncumbranceRegistration, CadastralNumber = "21:320:050:1" };

    [Fact]
    public async Task Handler_failing_K_times_gets_the_event_later_exactly_once_and_the_sequence_waits()
    {
        const int K = 3;
        var registry = new ScriptedRegistry();
        await using var host = await RegistryServer.StartAsync(registry);
        using var transport = KadastrChannel.Create(host.Address);
        using var store = new SqliteOutboxStore(temp.File("k.db"));
        var stored = new ConcurrentDictionary<ulong, int>();
        var attemptsOn2 = 0;
        await using var gateway = new KadastrGateway(store, new RealEstateRegistry.RealEstateRegistryClient(transport), Options, clock, e =>
        {
            if (e.Sequence == 2 && Interlocked.Increment(ref attemptsOn2) <= K)
            {
                throw new InvalidOperationException("database is locked");
            }

            stored.AddOrUpdate(e.Sequence, 1, (_, n) => n + 1);
            return ValueTask.CompletedTask;
        });
        gateway.Submit(App("k-1"));
        gateway.Start();

        await WaitUntil(() => gateway.Find("k-1")!.EventFailures == 1);
        var stuck = gateway.Find("k-1")!;
        Assert.Equal(1UL, stuck.LastSequence); // not advanced past the unhandled event
        Assert.Equal(OutboxState.Sent, stuck.State);
        Assert.StartsWith("#2: InvalidOperationException: database is locked", stuck.EventError);
        Assert.Equal("k-1", Assert.Single(gateway.UndeliveredEvents()).ApplicationId);

        // No tight loop: the tracker parks on the injected clock for its backoff (≤ RetryMaxDelay), so nothing is retried until it moves.
        await clock.WaitUntilParkedAsync(d => d <= Options.RetryMaxDelay, TimeSpan.FromSeconds(30));
        Assert.Equal(1, Volatile.Read(ref attemptsOn2));
        Assert.Equal(1, registry.Watches);

        await AdvanceUntil(() => gateway.Find("k-1")!.State == OutboxState.Done);
        var done = gateway.Find("k-1")!;
        Assert.Equal(K + 1, attemptsOn2);
        Assert.Equal([1UL, 2UL, 3UL, 4UL], stored.Keys.Order());
        Assert.All(stored.Values, n => Assert.Equal(1, n)); // exactly once to storage
        Assert.Equal(4UL, done.LastSequence);
        Assert.Equal(0, done.EventFailures);
        Assert.Null(done.EventError);
        Assert.Empty(gateway.UndeliveredEvents());
        Assert.Equal(K + 1, registry.Watches); // each retry resumed the watch after the last handled event
    }

    [Fact]
    public async Task Stop_while_an_event_is_being_handled_redelivers_it_after_the_restart()
    {
        var registry = new ScriptedRegistry();
        await using var host = await RegistryServer.StartAsync(registry);
        using var transport = KadastrChannel.Create(host.Address);
        var path = temp.File("crash.db");
        var inHandler = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var release = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var firstRun = new ConcurrentQueue<ulong>();

        using (var store = new SqliteOutboxStore(path))
        {
            var gateway = new KadastrGateway(store, new RealEstateRegistry.RealEstateRegistryClient(transport), Options, clock, async e =>
            {
                if (e.Sequence == 2)
                {
                    inHandler.TrySetResult();
                    await release.Task; // the process dies here, before the platform stored the event
                }

                firstRun.Enqueue(e.Sequence);
            });
            gateway.Submit(App("c-1"));
            gateway.Start();
            await inHandler.Task.WaitAsync(TimeSpan.FromSeconds(30));

            // What a crash now would leave on disk: the resume point before the event in hand.
            using (var other = new SqliteOutboxStore(path))
            {
                Assert.Equal(1UL, other.Find("c-1")!.LastSequence);
            }

            var stopping = gateway.DisposeAsync();
            release.SetException(new OperationCanceledException("host stopping"));
            await stopping;
            Assert.Equal([1UL], firstRun);
            Assert.Equal(1UL, store.Find("c-1")!.LastSequence);
            Assert.Equal(0, store.Find("c-1")!.EventFailures); // a stop is not a handler failure
        }

        using var reopened = new SqliteOutboxStore(path);
        var secondRun = new ConcurrentQueue<ulong>();
        await using var restarted = new KadastrGateway(reopened, new RealEstateRegistry.RealEstateRegistryClient(transport), Options, clock, e =>
        {
            secondRun.Enqueue(e.Sequence);
            return ValueTask.CompletedTask;
        });
        restarted.Start();
        await AdvanceUntil(() => restarted.Find("c-1")!.State == OutboxState.Done);
        Assert.Equal([2UL, 3UL, 4UL], secondRun); // the interrupted event first, each once
    }

    [Fact]
    public async Task Polled_final_status_does_not_end_tracking_while_unhandled_events_remain()
    {
        var registry = new ScriptedRegistry { WatchFails = StatusCode.Unavailable };
        await using var host = await RegistryServer.StartAsync(registry);
        using var transport = KadastrChannel.Create(host.Address);
        using var store = new SqliteOutboxStore(temp.File("poll.db"));
        var stored = new ConcurrentQueue<ulong>();
        await using var gateway = new KadastrGateway(store, new RealEstateRegistry.RealEstateRegistryClient(transport), Options, clock, e =>
        {
            stored.Enqueue(e.Sequence);
            return ValueTask.CompletedTask;
        });
        gateway.Submit(App("p-1"));
        gateway.Start();

        // Well past the watch failures after which a polled final status used to end the tracking.
        await AdvanceUntil(() => gateway.Tracker.FallbackPolls >= 12);
        var item = gateway.Find("p-1")!;
        Assert.Equal(OutboxState.Sent, item.State);
        Assert.Equal(0UL, item.LastSequence);
        Assert.Empty(stored);

        registry.WatchFails = null; // the stream comes back: the events arrive, then the tracking ends
        await AdvanceUntil(() => gateway.Find("p-1")!.State == OutboxState.Done);
        Assert.Equal([1UL, 2UL, 3UL, 4UL], stored);
    }

    [Fact]
    public async Task Without_WatchApplication_polled_statuses_are_handed_over_and_a_failure_is_retried()
    {
        var registry = new ScriptedRegistry { WatchFails = StatusCode.Unimplemented };
        await using var host = await RegistryServer.StartAsync(registry);
        using var transport = KadastrChannel.Create(host.Address);
        using var store = new SqliteOutboxStore(temp.File("nowatch.db"));
        var stored = new ConcurrentQueue<ApplicationEvent>();
        var calls = 0;
        await using var gateway = new KadastrGateway(store, new RealEstateRegistry.RealEstateRegistryClient(transport), Options, clock, e =>
        {
            if (Interlocked.Increment(ref calls) == 1)
            {
                throw new TimeoutException("storage busy");
            }

            stored.Enqueue(e);
            return ValueTask.CompletedTask;
        });
        gateway.Submit(App("n-1"));
        gateway.Start();

        await WaitUntil(() => gateway.Find("n-1")!.EventFailures == 1);
        Assert.Equal(OutboxState.Sent, gateway.Find("n-1")!.State); // the final status was not accepted unhandled
        await AdvanceUntil(() => gateway.Find("n-1")!.State == OutboxState.Done);
        var e = Assert.Single(stored);
        Assert.Equal(ApplicationStatus.Registered, e.Status);
        Assert.Equal(4UL, e.Sequence);
    }

    private async Task AdvanceUntil(Func<bool> done)
    {
        for (var i = 0; i < 3000 && !done(); i++)
        {
            await Task.Delay(5);
            clock.Advance(TimeSpan.FromSeconds(1));
        }

        Assert.True(done(), "condition not reached");
    }

    private static async Task WaitUntil(Func<bool> condition)
    {
        var until = DateTime.UtcNow.AddSeconds(30);
        while (!condition())
        {
            Assert.True(DateTime.UtcNow < until, "condition not reached in time");
            await Task.Delay(10);
        }
    }
}
