using RentToOwn.Kadastr.Gateway.Delivery;
using RentToOwn.Kadastr.Gateway.Outbox;
using RentToOwn.Kadastr.Gateway.Tracking;
using RentToOwn.Kadastr.Protocol.V1;

namespace RentToOwn.Kadastr.Gateway;

/// <summary>
/// What the Platform calls to reach the cadastre (A.22, A.29): <see cref="Submit"/> stores the
/// application durably and returns; the dispatcher delivers it at least once and the tracker
/// follows it to REGISTERED or REFUSED. The cadastre de-duplicates by id, so each application
/// is registered exactly once, across lost replies and gateway restarts.
/// </summary>
public sealed class KadastrGateway : IAsyncDisposable
{
    /// <summary>
    /// Spans of the gateway (<c>kadastr.submit</c>): each send continues the trace of the request that enqueued it (the W3C
    /// trace context kept in the outbox), so a trace spans platform → gateway → cadastre across the outbox's hand-over.
    /// </summary>
    public static readonly System.Diagnostics.ActivitySource Tracing = new(TracingSource);

    /// <summary>The name of <see cref="Tracing"/> (for listeners and OpenTelemetry's <c>AddSource</c>).</summary>
    public const string TracingSource = "RentToOwn.Kadastr.Gateway";

    private readonly IOutboxStore store;
    private readonly TimeProvider clock;
    private readonly OutboxDispatcher dispatcher;
    private CancellationTokenSource? running;
    private Task? loop;

    /// <summary>Creates the gateway; call <see cref="Start"/> to begin delivering.</summary>
    /// <param name="store">The outbox.</param>
    /// <param name="client">The cadastre client.</param>
    /// <param name="options">Options.</param>
    /// <param name="clock">Clock.</param>
    /// <param name="onEvent">
    /// Receives every application event (statuses and notices), at least once and in order. When it throws, the event is
    /// not acknowledged: the failure is recorded on the outbox item and the event is delivered again after a backoff.
    /// </param>
    public KadastrGateway(IOutboxStore store, RealEstateRegistry.RealEstateRegistryClient client, GatewayOptions? options = null, TimeProvider? clock = null, Func<ApplicationEvent, ValueTask>? onEvent = null)
    {
        this.store = store;
        this.clock = clock ?? TimeProvider.System;
        var o = options ?? new GatewayOptions();
        Tracker = new ApplicationTracker(store, client, o, this.clock, onEvent);
        dispatcher = new OutboxDispatcher(store, new SubmissionSender(client, o, this.clock), o, this.clock,
            id => Tracker.Track(id, running?.Token ?? CancellationToken.None));
    }

    /// <summary>The status tracker.</summary>
    public ApplicationTracker Tracker { get; }

    /// <summary>
    /// Stores the application (durable before anything is sent) with the W3C trace context of the current span, if any;
    /// false when its id is already in the outbox.
    /// </summary>
    /// <exception cref="ArgumentException">The application has no id.</exception>
    public bool Submit(Application application)
    {
        ArgumentNullException.ThrowIfNull(application);
        if (string.IsNullOrWhiteSpace(application.Id))
        {
            throw new ArgumentException("An application needs its client-chosen id before it is submitted.", nameof(application));
        }

        // Issue 17 §4: the caller's trace (e.g. the platform request's span) is kept with the item; the send continues it.
        var trace = System.Diagnostics.Activity.Current is { IdFormat: System.Diagnostics.ActivityIdFormat.W3C } current ? current : null;
        var added = store.Enqueue(application, clock.GetUtcNow(), trace?.Id, trace?.TraceStateString);
        dispatcher.Wake();
        return added;
    }

    /// <summary>What the outbox knows of an application.</summary>
    public OutboxItem? Find(string applicationId) => store.Find(applicationId);

    /// <summary>Applications whose next event the platform's handler keeps failing on (retried with backoff, never dropped).</summary>
    public IReadOnlyList<OutboxItem> UndeliveredEvents() => store.WithUndeliveredEvents();

    /// <summary>Starts delivering pending submissions and resumes tracking those already sent (after a restart too).</summary>
    public void Start()
    {
        if (running is not null)
        {
            throw new InvalidOperationException("The gateway is already running.");
        }

        running = new CancellationTokenSource();
        var ct = running.Token;
        foreach (var sent in store.InState(OutboxState.Sent))
        {
            Tracker.Track(sent.ApplicationId, ct);
        }

        loop = Task.Run(() => dispatcher.RunAsync(ct), ct);
    }

    /// <summary>Stops sending and tracking; what is pending stays in the outbox.</summary>
    public async Task StopAsync()
    {
        if (running is null)
        {
            return;
        }

        await running.CancelAsync().ConfigureAwait(false);
        try
        {
            await (loop ?? Task.CompletedTask).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            // Expected.
        }

        await Tracker.WhenAllStoppedAsync().ConfigureAwait(false);
        running.Dispose();
        running = null;
    }

    /// <summary>Submissions not decided yet (pending or sent) and when the oldest was enqueued (metrics: outbox depth and age).</summary>
    public (int Depth, DateTimeOffset? OldestEnqueuedAt) Backlog()
    {
        var open = store.InState(OutboxState.Pending).Concat(store.InState(OutboxState.Sent)).ToList();
        return (open.Count, open.Count == 0 ? null : open.Min(i => i.EnqueuedAt));
    }

    /// <summary>True once nothing is pending or being tracked.</summary>
    public bool IsSettled() => store.InState(OutboxState.Pending).Count == 0 && store.InState(OutboxState.Sent).Count == 0;

    /// <inheritdoc />
    public async ValueTask DisposeAsync() => await StopAsync().ConfigureAwait(false);
}
