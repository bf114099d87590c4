using System.Diagnostics;
using Grpc.Core;
using RentToOwn.Kadastr.Gateway.Outbox;

namespace RentToOwn.Kadastr.Gateway.Delivery;

/// <summary>
/// Sends due outbox submissions until the cadastre acknowledges each (at least once). Transient
/// failures are retried at once (Polly) and then rescheduled durably with backoff, forever;
/// a permanent rejection marks the submission failed.
/// </summary>
public sealed class OutboxDispatcher
{
    private readonly IOutboxStore store;
    private readonly SubmissionSender sender;
    private readonly GatewayOptions options;
    private readonly TimeProvider clock;
    private readonly Action<string> onSent;
    private readonly Random random;
    private TaskCompletionSource wake = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>Creates the dispatcher; <paramref name="onSent"/> runs for each acknowledged submission.</summary>
    public OutboxDispatcher(IOutboxStore store, SubmissionSender sender, GatewayOptions options, TimeProvider clock, Action<string> onSent, Random? random = null)
    {
        this.store = store;
        this.sender = sender;
        this.options = options;
        this.clock = clock;
        this.onSent = onSent;
        this.random = random ?? new Random();
    }

    /// <summary>Tells the loop that something new is due.</summary>
    public void Wake() => Interlocked.Exchange(ref wake, new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously)).TrySetResult();

    /// <summary>Runs until cancelled.</summary>
    public async Task RunAsync(CancellationToken ct)
    {
        while (!ct.IsCancellationRequested)
        {
            var signal = Volatile.Read(ref wake).Task;
            var due = store.Due(clock.GetUtcNow(), options.MaxConcurrentSends * 4);
            if (due.Count == 0)
            {
                var wait = options.IdlePollInterval;
                if (store.NextDue() is { } next && next - clock.GetUtcNow() < wait)
                {
                    wait = next - clock.GetUtcNow();
                }

                if (wait > TimeSpan.Zero)
                {
                    await Task.WhenAny(signal, Task.Delay(wait, clock, ct)).ConfigureAwait(false);
                }

                continue;
            }

            await Parallel.ForEachAsync(due, new ParallelOptions { MaxDegreeOfParallelism = options.MaxConcurrentSends, CancellationToken = ct },
                async (item, token) => await SendOneAsync(item, token).ConfigureAwait(false)).ConfigureAwait(false);
        }
    }

    private async Task SendOneAsync(OutboxItem item, CancellationToken ct)
    {
        // Issue 17 §4: the send continues the trace of the request that enqueued the item (kept in the outbox, so after a
        // restart too); an item without one gets a trace of its own, never whatever span started the dispatcher.
        Activity.Current = null;
        using var span = item.TraceParent is { } parent && ActivityContext.TryParse(parent, item.TraceState, isRemote: true, out var context)
            ? KadastrGateway.Tracing.StartActivity("kadastr.submit", ActivityKind.Producer, context)
            : KadastrGateway.Tracing.StartActivity("kadastr.submit", ActivityKind.Producer, default(ActivityContext));
        span?.SetTag("kadastr.application_id", item.ApplicationId);
        span?.SetTag("kadastr.attempt", item.Attempts + 1);
        try
        {
            var reply = await sender.SendAsync(item.Application, ct).ConfigureAwait(false);
            store.MarkSent(item.ApplicationId, reply.Status, reply.Reason?.Code, clock.GetUtcNow());
            onSent(item.ApplicationId);
        }
        catch (RpcException) when (ct.IsCancellationRequested)
        {
            // Stopping (Grpc.Net.Client reports our own cancellation as CANCELLED): the item stays due.
            ct.ThrowIfCancellationRequested();
        }
        catch (RpcException ex) when (TransientFailures.IsTransient(ex.StatusCode))
        {
            TimeSpan delay;
            lock (random)
            {
                delay = Backoff.Delay(item.Attempts + 1, options.RetryBaseDelay * 4, options.RetryMaxDelay, random);
            }

            store.Reschedule(item.ApplicationId, clock.GetUtcNow() + delay, $"{ex.StatusCode}: {ex.Status.Detail}");
        }
        catch (RpcException ex) when (!TransientFailures.IsTransient(ex.StatusCode))
        {
            store.MarkFailed(item.ApplicationId, $"{ex.StatusCode}: {ex.Status.Detail}");
        }
    }
}
