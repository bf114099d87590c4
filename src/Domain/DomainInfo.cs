namespace RentToOwn.Domain;

/// <summary>Marker for the lease domain core: identity numbers, calendar, lease, schedules, contract document.</summary>
public static class DomainInfo
{
    /// <summary>The programme name shown on documents.</summary>
    public const string Programme = "RentToOwn";
}
