namespace RentToOwn.Platform.Payments;

/// <summary>Configuration section <c>Payments:Sandbox</c>.</summary>
public sealed class SandboxAcquirerOptions
{
    /// <summary>Whether the sandbox acquirer serves as the payment provider (the embedded default).</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>How long after the payer's "Pay" the acquirer sends its callback (asynchronous confirmation).</summary>
    public TimeSpan ConfirmationDelay { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>The first retry delay when the platform does not accept a callback (doubles up to a minute).</summary>
    public TimeSpan RetryDelay { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>The test key file, relative to the data directory.</summary>
    public string KeyFile { get; set; } = "payments/sandbox-acquirer.TEST-KEY.pem";
}
