namespace RentToOwn.Platform.Payments;

/// <summary>Where a payment stands on the platform.</summary>
public enum PaymentStatus
{
    /// <summary>Ordered; the provider has not confirmed it yet.</summary>
    Pending,
    /// <summary>The provider's signed callback confirmed it (A.22).</summary>
    Confirmed,
    /// <summary>The provider reported it declined or failed.</summary>
    Failed,
}
