using RentToOwn.Kadastr.Protocol.V1;

namespace RentToOwn.Kadastr.Simulator.Checks;

/// <summary>The registrar's decision after the checks: REGISTERED, SUSPENDED (art. 27) or REFUSED (art. 31).</summary>
/// <param name="Status">The resulting status.</param>
/// <param name="Reason">The ground, with texts.</param>
public sealed record CheckOutcome(ApplicationStatus Status, StatusReason Reason)
{
    /// <summary>All checks pass.</summary>
    public static CheckOutcome Register() => new(ApplicationStatus.Registered, Grounds.Registered.ToReason());

    /// <summary>Suspend on an art. 27 ground.</summary>
    public static CheckOutcome Suspend(Ground g, string? detail = null) => new(ApplicationStatus.Suspended, g.ToReason(detail));

    /// <summary>Refuse on an art. 31 ground.</summary>
    public static CheckOutcome Refuse(Ground g, string? detail = null) => new(ApplicationStatus.Refused, g.ToReason(detail));
}
