namespace RentToOwn.Platform.Payments.Sandbox;

/// <summary>An order in the sandbox acquirer's books.</summary>
public enum SandboxOrderStatus
{
    /// <summary>Waiting for the payer.</summary>
    Open,
    /// <summary>The payer paid.</summary>
    Paid,
    /// <summary>The payer declined (or the card was refused).</summary>
    Declined,
}
