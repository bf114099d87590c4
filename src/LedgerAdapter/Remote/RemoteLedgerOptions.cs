namespace RentToOwn.LedgerAdapter.Remote;

/// <summary>How the platform reaches a log served by <c>rto ledger serve</c>.</summary>
public sealed class RemoteLedgerOptions
{
    /// <summary>The service, e.g. <c>https://ledger.internal:7443</c> (<c>http://</c> is h2c).</summary>
    public required Uri Endpoint { get; init; }

    /// <summary>Sent as <c>authorization: Bearer …</c> on every call, if set.</summary>
    public string? Token { get; init; }

    /// <summary>Allows the token over <c>http://</c> (Development only).</summary>
    public bool AllowTokenOverPlaintext { get; init; }

    /// <summary>Deadline of one call.</summary>
    public TimeSpan CallTimeout { get; init; } = TimeSpan.FromSeconds(30);
}
