namespace RentToOwn.LedgerAdapter.Bundles;

/// <summary>
/// The Fabric transaction behind a bundle (optional member <c>fabric</c>): the record's own <c>record</c> transaction
/// (per-record mode) or the <c>anchor</c> transaction of the bundle's anchor (anchoring mode).
/// </summary>
/// <param name="Channel">Channel.</param>
/// <param name="Chaincode">Chaincode.</param>
/// <param name="Function">record or anchor.</param>
/// <param name="TransactionId">Transaction id (64 lower-case hex digits).</param>
/// <param name="BlockNumber">Block that holds it.</param>
/// <param name="ValidationCode">Its validation code on the peer (VALID).</param>
public sealed record BundleFabricTransaction(string Channel, string Chaincode, string Function, string TransactionId, long BlockNumber, string ValidationCode)
{
    /// <summary>The anchor contract name of this channel and chaincode (<c>fabric:CHANNEL/CHAINCODE</c>).</summary>
    public string Contract => $"fabric:{Channel}/{Chaincode}";
}
