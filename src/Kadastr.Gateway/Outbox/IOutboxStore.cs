using RentToOwn.Kadastr.Protocol.V1;

namespace RentToOwn.Kadastr.Gateway.Outbox;

/// <summary>
/// Durable storage of the gateway's outbox. A submission is stored before it is sent, so a crash
/// or restart never loses it. Implementations must be safe for concurrent use.
/// </summary>
public interface IOutboxStore
{
    /// <summary>
    /// Stores a new submission as Pending, due now, with the W3C trace context (<c>traceparent</c>, <c>tracestate</c>) of the
    /// request that enqueued it, if any, so its send continues that trace; false when the id is already stored.
    /// </summary>
    bool Enqueue(Application application, DateTimeOffset now, string? traceParent = null, string? traceState = null);

    /// <summary>One submission, or null.</summary>
    OutboxItem? Find(string applicationId);

    /// <summary>Pending submissions due at <paramref name="now"/>, oldest first.</summary>
    IReadOnlyList<OutboxItem> Due(DateTimeOffset now, int limit);

    /// <summary>Submissions in a state.</summary>
    IReadOnlyList<OutboxItem> InState(OutboxState state);

    /// <summary>The earliest next attempt of any pending submission, or null.</summary>
    DateTimeOffset? NextDue();

    /// <summary>The cadastre acknowledged the submission with <paramref name="status"/>.</summary>
    void MarkSent(string applicationId, ApplicationStatus status, string? reasonCode, DateTimeOffset now);

    /// <summary>A send failed transiently: count it and schedule the next attempt.</summary>
    void Reschedule(string applicationId, DateTimeOffset nextAttemptAt, string error);

    /// <summary>The cadastre rejected the request itself.</summary>
    void MarkFailed(string applicationId, string error);

    /// <summary>
    /// A watched event the platform has handled: advances the resume point (never backwards) and the status, and clears
    /// any recorded hand-over failure. Call it only after the handler succeeded, so an unhandled event is watched again.
    /// </summary>
    void RecordEvent(string applicationId, ulong sequence, ApplicationStatus status, string? reasonCode);

    /// <summary>A polled status (does not move the resume point).</summary>
    void RecordStatus(string applicationId, ApplicationStatus status, string? reasonCode);

    /// <summary>The platform could not handle event <paramref name="sequence"/>: count it and keep the error (the resume point stays).</summary>
    void RecordEventFailure(string applicationId, ulong sequence, string error);

    /// <summary>Applications whose next event the platform has failed to handle (still retried), oldest first.</summary>
    IReadOnlyList<OutboxItem> WithUndeliveredEvents();

    /// <summary>The application reached a final status.</summary>
    void MarkDone(string applicationId);
}
