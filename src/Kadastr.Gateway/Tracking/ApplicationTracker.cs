using System.Collections.Concurrent;
using RentToOwn.Kadastr.Gateway.Delivery;
using RentToOwn.Kadastr.Gateway.Outbox;
using RentToOwn.Kadastr.Protocol.Client;
using RentToOwn.Kadastr.Protocol.Registry;
using RentToOwn.Kadastr.Protocol.Transport;
using RentToOwn.Kadastr.Protocol.V1;

namespace RentToOwn.Kadastr.Gateway.Tracking;

/// <summary>
/// Follows each acknowledged application to its final status: WatchApplication resumed after the
/// last event seen (persisted in the outbox), and GetApplication polling as the fallback while
/// the stream fails. A.28: the platform receives the cadastre's notices through these events.
/// </summary>
public sealed class ApplicationTracker
{
    private readonly IOutboxStore store;
    private readonly RealEstateRegistryClient client;
    private readonly GatewayOptions options;
    private readonly TimeProvider clock;
    private readonly Func<ApplicationEvent, ValueTask>? onEvent;
    private readonly SemaphoreSlim slots;
    private readonly ConcurrentDictionary<string, Task> active = new(StringComparer.Ordinal);
    private readonly Random random = new();
    private long polls;

    /// <summary>Watch failures in a row after which a polled final status is accepted.</summary>
    private const int MaxWatchFailures = 8;

    /// <summary>Creates the tracker.</summary>
    public ApplicationTracker(IOutboxStore store, RealEstateRegistryClient client, GatewayOptions options, TimeProvider clock, Func<ApplicationEvent, ValueTask>? onEvent = null)
    {
        this.store = store;
        this.client = client;
        this.options = options;
        this.clock = clock;
        this.onEvent = onEvent;
        slots = new SemaphoreSlim(Math.Max(options.MaxConcurrentWatches, 1));
    }

    /// <summary>How many times the GetApplication fallback ran.</summary>
    public long FallbackPolls => Interlocked.Read(ref polls);

    /// <summary>Starts following an application (once).</summary>
    public void Track(string applicationId, CancellationToken ct)
    {
        if (active.ContainsKey(applicationId))
        {
            return;
        }

        var tcs = new TaskCompletionSource();
        if (active.TryAdd(applicationId, tcs.Task))
        {
            _ = RunAsync(applicationId, tcs, ct);
        }
    }

    /// <summary>Waits for every running tracking loop to end.</summary>
    public Task WhenAllStoppedAsync() => Task.WhenAll(active.Values.ToArray());

    private async Task RunAsync(string id, TaskCompletionSource done, CancellationToken ct)
    {
        try
        {
            await slots.WaitAsync(ct).ConfigureAwait(false);
            try
            {
                await FollowAsync(id, ct).ConfigureAwait(false);
            }
            finally
            {
                slots.Release();
            }
        }
        catch (OperationCanceledException)
        {
            // Stopping: the next start resumes from the stored sequence.
        }
        finally
        {
            active.TryRemove(id, out _);
            done.TrySetResult();
        }
    }

    private async Task FollowAsync(string id, CancellationToken ct)
    {
        var failures = 0;
        while (true)
        {
            ct.ThrowIfCancellationRequested();
            var item = store.Find(id) ?? throw new InvalidOperationException($"application {id} is not in the outbox");
            if (item.State == OutboxState.Done)
            {
                return;
            }

            try
            {
                var call = client.WatchApplication(
                    new WatchApplicationRequest { Id = id, AfterSequence = item.LastSequence },
                    new CallOptions(Timeout: options.WatchTimeout, CancellationToken: ct));
                await using (call.ConfigureAwait(false))
                {
                    await foreach (var e in call.ReadAllAsync(ct).ConfigureAwait(false))
                    {
                        store.RecordEvent(id, e.Sequence, e.Status, e.Reason?.Code);
                        if (onEvent is not null)
                        {
                            await onEvent(e).ConfigureAwait(false);
                        }
                    }
                }

                // The cadastre ends the stream once the status is final and every event (notices too) was sent.
                failures = 0;
                if (IsFinal(store.Find(id)!.LastStatus))
                {
                    store.MarkDone(id);
                    return;
                }

                await Task.Delay(options.RetryBaseDelay, clock, ct).ConfigureAwait(false);
            }
            catch (RpcException ex) when (!ct.IsCancellationRequested)
            {
                failures++;
                var status = await PollAsync(id, ct).ConfigureAwait(false);
                // Without a working stream, a polled final status ends the tracking.
                if (status is { } s && IsFinal(s) && (ex.StatusCode == StatusCode.Unimplemented || failures >= MaxWatchFailures))
                {
                    store.MarkDone(id);
                    return;
                }

                TimeSpan delay;
                lock (random)
                {
                    delay = Backoff.Delay(failures, options.RetryBaseDelay, options.RetryMaxDelay, random);
                }

                await Task.Delay(delay, clock, ct).ConfigureAwait(false);
            }
        }
    }

    /// <summary>The fallback: read the status directly; null when that fails too.</summary>
    private async Task<ApplicationStatus?> PollAsync(string id, CancellationToken ct)
    {
        Interlocked.Increment(ref polls);
        try
        {
            var app = await client.GetApplicationAsync(new GetApplicationRequest { Id = id }, new CallOptions(Timeout: options.CallTimeout, CancellationToken: ct)).ConfigureAwait(false);
            store.RecordStatus(id, app.Status, app.Reason?.Code);
            return app.Status;
        }
        catch (RpcException)
        {
            return null; // still unreachable: the watch is retried after the backoff
        }
    }

    private static bool IsFinal(ApplicationStatus s) => s is ApplicationStatus.Registered or ApplicationStatus.Refused;
}
