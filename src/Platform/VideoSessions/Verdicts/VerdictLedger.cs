using RentToOwn.LedgerAdapter;
using RentToOwn.LedgerAdapter.Records;

namespace RentToOwn.Platform.VideoSessions.Verdicts;

/// <summary>
/// The ledger port the verdicts go to, with the deployment secret that turns an IIN into a PII-free
/// <see cref="SignerReference"/> (A.39–A.40: no IIN on the ledger).
/// </summary>
/// <param name="Ledger">The ledger.</param>
/// <param name="DeploymentSecret">The HMAC key for signer references.</param>
public sealed record VerdictLedger(ISigningLedger Ledger, byte[] DeploymentSecret)
{
    /// <summary>The signer reference of <paramref name="iin"/>.</summary>
    public SignerReference SignerOf(string iin) => SignerReference.From(DeploymentSecret, iin);
}
