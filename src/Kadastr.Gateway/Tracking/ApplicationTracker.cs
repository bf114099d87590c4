using System.Collections.Concurrent;
using Grpc.Core;
using RentToOwn.Kadastr.Gateway.Delivery;
using RentToOwn.Kadastr.Gateway.Outbox;
using RentToOwn.Kadastr.Protocol.Calls;
using RentToOwn.Kadastr.Protocol.V1;

namespace RentToOwn.Kadastr.Gateway.Tracking;

/// <summary>
/// Follows each acknowledged application to its final status: WatchApplication resumed after the
/// last event the platform handled (persisted in the outbox), and GetApplication polling as the
/// fallback while the stream fails. A.25–A.28, A.37: the platform receives the cadastre's statuses
/// and notices through these events, at least once: the resume point moves only after the handler
/// succeeded; a failing handler is retried with backoff (the failure is kept on the outbox item).
/// </summary>
public sealed class ApplicationTracker
{
    private readonly IOutboxStore store;
    private readonly RealEstateRegistry.RealEstateRegistryClient client;
    private readonly GatewayOptions options;
    private readonly TimeProvider clock;
    private readonly Func<ApplicationEvent, ValueTask>? onEvent;
    private readonly SemaphoreSlim slots;
    private readonly ConcurrentDictionary<string, Task> active = new(StringComparer.Ordinal);
    private readonly Random random = new();
    private long polls;

    /// <summary>Watch failures in a row after which a polled final status is accepted (once no unhandled event remains).</summary>
    private const int MaxWatchFailures = 8;

    /// <summary>Creates the tracker.</summary>
    public ApplicationTracker(IOutboxStore store, RealEstateRegistry.RealEstateRegistryClient client, GatewayOptions options, TimeProvider clock, Func<ApplicationEvent, ValueTask>? onEvent = null)
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
        catch (Exception e) when (ct.IsCancellationRequested && e is OperationCanceledException or RpcException { StatusCode: StatusCode.Cancelled })
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
        var watchFailures = 0;
        var handOverFailures = 0;
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
                var handled = true;
                using (var call = client.WatchApplication(
                    new WatchApplicationRequest { Id = id, AfterSequence = item.LastSequence },
                    deadline: CallDeadline.After(options.WatchTimeout), cancellationToken: ct))
                {
                    await foreach (var e in call.ResponseStream.ReadAllAsync(ct).ConfigureAwait(false))
                    {
                        // A.25–A.28: the resume point moves only once the platform has the event; an unhandled one is watched again.
                        if (!await HandOverAsync(id, e, ct).ConfigureAwait(false))
                        {
                            handled = false;
                            break;
                        }

                        store.RecordEvent(id, e.Sequence, e.Status, e.Reason?.Code);
                        handOverFailures = 0;
                    }
                }

                if (!handled)
                {
                    // Back off (on the injected clock), then resume the watch after the last handled event.
                    handOverFailures++;
                    await Task.Delay(NextDelay(handOverFailures), clock, ct).ConfigureAwait(false);
                    continue;
                }

                // The cadastre ends the stream once the status is final and every event (notices too) was sent — and each was handled.
                watchFailures = 0;
                if (IsFinal(store.Find(id)!.LastStatus))
                {
                    store.MarkDone(id);
                    return;
                }

                await Task.Delay(options.RetryBaseDelay, clock, ct).ConfigureAwait(false);
            }
            catch (RpcException ex) when (!ct.IsCancellationRequested)
            {
                watchFailures++;
                if (await PollAsync(id, ex.StatusCode == StatusCode.Unimplemented, watchFailures, ct).ConfigureAwait(false))
                {
                    return;
                }

                await Task.Delay(NextDelay(watchFailures), clock, ct).ConfigureAwait(false);
            }
        }
    }

    /// <summary>Gives an event to the platform; false (with the failure recorded in the outbox) when its handler threw.</summary>
    private async Task<bool> HandOverAsync(string id, ApplicationEvent e, CancellationToken ct)
    {
        if (onEvent is null)
        {
            return true;
        }

        try
        {
            await onEvent(e).ConfigureAwait(false);
            return true;
        }
        catch (OperationCanceledException) when (ct.IsCancellationRequested)
        {
            throw; // stopping: the event is not recorded, so the next start delivers it again
        }
        catch (Exception ex)
        {
            // Nothing is dropped: the failure is visible on the outbox item and the event is retried after a backoff.
            store.RecordEventFailure(id, e.Sequence, $"{ex.GetType().Name}: {ex.Message}");
            return false;
        }
    }

    private TimeSpan NextDelay(int failures)
    {
        lock (random)
        {
            return Backoff.Delay(failures, options.RetryBaseDelay, options.RetryMaxDelay, random);
        }
    }

    /// <summary>
    /// The fallback while the stream fails: read the status directly. True when the tracking is over. A polled final
    /// status ends it only when no event remains that the platform has not handled (the cadastre's last sequence is
    /// not beyond the resume point); otherwise the watch is retried until those events are delivered. A cadastre without
    /// WatchApplication has no event stream at all: each polled status change is handed over as an event.
    /// </summary>
    private async Task<bool> PollAsync(string id, bool noWatch, int failures, CancellationToken ct)
    {
        Interlocked.Increment(ref polls);
        Application app;
        try
        {
            app = await client.GetApplicationAsync(new GetApplicationRequest { Id = id }, deadline: CallDeadline.After(options.CallTimeout), cancellationToken: ct).ConfigureAwait(false);
        }
        catch (RpcException) when (!ct.IsCancellationRequested)
        {
            return false; // still unreachable: the watch is retried after the backoff
        }

        var item = store.Find(id)!;
        if (noWatch && onEvent is not null)
        {
            if (app.Status != item.LastStatus || app.LastSequence > item.LastSequence)
            {
                var sequence = Math.Max(app.LastSequence, item.LastSequence + 1);
                var e = new ApplicationEvent
                {
                    ApplicationId = id, Sequence = sequence, Status = app.Status, Reason = app.Reason, Entry = app.Entry,
                    At = app.DecidedAt ?? Google.Protobuf.WellKnownTypes.Timestamp.FromDateTimeOffset(clock.GetUtcNow()),
                };
                if (!await HandOverAsync(id, e, ct).ConfigureAwait(false))
                {
                    return false;
                }

                store.RecordEvent(id, sequence, app.Status, app.Reason?.Code);
            }
        }
        else
        {
            store.RecordStatus(id, app.Status, app.Reason?.Code);
        }

        var allHandled = onEvent is null || noWatch || app.LastSequence <= item.LastSequence;
        if (IsFinal(app.Status) && (noWatch || failures >= MaxWatchFailures) && allHandled)
        {
            store.MarkDone(id);
            return true;
        }

        return false;
    }

    private static bool IsFinal(ApplicationStatus s) => s is ApplicationStatus.Registered or ApplicationStatus.Refused;
}
