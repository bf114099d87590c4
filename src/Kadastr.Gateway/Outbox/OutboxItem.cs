using RentToOwn.Kadastr.Protocol.V1;

namespace RentToOwn.Kadastr.Gateway.Outbox;

/// <summary>One durable submission and what the gateway knows of it.</summary>
/// <param name="ApplicationId">The client-chosen application id (the idempotency key).</param>
/// <param name="Application">The application as submitted.</param>
/// <param name="State">Outbox state.</param>
/// <param name="Attempts">Send attempts so far (across restarts).</param>
/// <param name="NextAttemptAt">When the dispatcher may send it next.</param>
/// <param name="LastError">The last transport error, if any.</param>
/// <param name="EnqueuedAt">When it was stored.</param>
/// <param name="SentAt">When the cadastre acknowledged it.</param>
/// <param name="LastSequence">The last application event seen (WatchApplication resumes after it).</param>
/// <param name="LastStatus">The last known status.</param>
/// <param name="ReasonCode">The machine reason of the last known status.</param>
/// <param name="EventFailures">Failed hand-overs of the next event (after <paramref name="LastSequence"/>) to the platform, in a row; 0 once it is handled.</param>
/// <param name="EventError">Why the last hand-over failed (<c>#sequence: error</c>), null once it is handled.</param>
/// <param name="TraceParent">W3C <c>traceparent</c> of the request that enqueued it (its send continues that trace); null if none.</param>
/// <param name="TraceState">W3C <c>tracestate</c> that came with <paramref name="TraceParent"/>; null if none.</param>
public sealed record OutboxItem(
    string ApplicationId,
    Application Application,
    OutboxState State,
    int Attempts,
    DateTimeOffset NextAttemptAt,
    string? LastError,
    DateTimeOffset EnqueuedAt,
    DateTimeOffset? SentAt,
    ulong LastSequence,
    ApplicationStatus LastStatus,
    string? ReasonCode,
    int EventFailures = 0,
    string? EventError = null,
    string? TraceParent = null,
    string? TraceState = null);
