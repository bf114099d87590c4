namespace RentToOwn.Kadastr.Gateway.Outbox;

/// <summary>Where a submission is in its life.</summary>
public enum OutboxState
{
    /// <summary>Stored, not yet acknowledged by the cadastre: the dispatcher sends it (again).</summary>
    Pending = 0,
    /// <summary>Acknowledged; the tracker follows its status.</summary>
    Sent = 1,
    /// <summary>The cadastre reached a final status (REGISTERED or REFUSED).</summary>
    Done = 2,
    /// <summary>The cadastre rejected the request itself (e.g. INVALID_ARGUMENT); retrying cannot help.</summary>
    Failed = 3,
}
