namespace RentToOwn.Platform.Verification;

/// <summary>Configuration section <c>Verifier</c>: the public verifier's limits and ledger trust (A.18).</summary>
public sealed class VerifierOptions
{
    /// <summary>Section name.</summary>
    public const string Section = "Verifier";

    /// <summary>Largest accepted file (document, signature or bundle), in bytes. Default 10 MiB.</summary>
    public long MaxFileBytes { get; set; } = 10 * 1024 * 1024;

    /// <summary>Most signature files in one request.</summary>
    public int MaxSignatureFiles { get; set; } = 10;

    /// <summary>How many distinct trusted witnesses must have cosigned a checkpoint.</summary>
    public int WitnessThreshold { get; set; } = 1;

    /// <summary>
    /// The log's public key (C2SP note verifier key text). Empty: read <c>log.pub</c> from the platform's ledger folder.
    /// A deployment publishes this key; verifiers should pin it rather than take it from the log.
    /// </summary>
    public string? LogKey { get; set; }

    /// <summary>Trusted witness keys. Empty: read <c>witness.pub</c> from the platform's ledger folder.</summary>
    public string[] WitnessKeys { get; set; } = [];

    /// <summary>
    /// JSON-RPC URL of the EVM node holding the SigningRegistry anchors. Empty (default): anchors are checked offline
    /// only (consistency with the checkpoint) and reported as "anchor not checked".
    /// </summary>
    public string? AnchorRpcUrl { get; set; }

    /// <summary>How long to wait for the node before reporting "anchor not checked".</summary>
    public int AnchorRpcTimeoutSeconds { get; set; } = 5;

    /// <summary>Largest whole request (all files), in bytes.</summary>
    public long MaxRequestBytes => MaxFileBytes * (MaxSignatureFiles + 2) + 64 * 1024;
}
