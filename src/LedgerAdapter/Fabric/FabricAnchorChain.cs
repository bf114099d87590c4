using RentToOwn.LedgerAdapter.Checkpoints;
using RentToOwn.LedgerAdapter.Verification;

namespace RentToOwn.LedgerAdapter.Fabric;

/// <summary>
/// Confirms Fabric anchors for <see cref="AnchorVerifier"/>: reads the anchoring transaction from the peer (qscc
/// <c>GetTransactionByID</c>) and returns what it committed VALID (tree size and root of its <c>anchor</c> call).
/// A Fabric anchor is a <see cref="LedgerAnchor"/> with chain id 0 and contract <c>fabric:CHANNEL/CHAINCODE</c>.
/// </summary>
/// <param name="registry">The chaincode, read as any member of the channel.</param>
/// <param name="ownsRegistry">Whether <see cref="Dispose"/> disposes the registry.</param>
public sealed class FabricAnchorChain(FabricSigningRegistry registry, bool ownsRegistry = false) : IAnchorChain, IDisposable
{
    /// <summary>The <see cref="LedgerAnchor.Contract"/> of anchors on this channel and chaincode.</summary>
    public static string ContractName(string channel, string chaincode) => $"fabric:{channel}/{chaincode}";

    /// <summary>Whether <paramref name="contract"/> names a Fabric channel and chaincode.</summary>
    public static bool IsFabric(string? contract) => contract?.StartsWith("fabric:", StringComparison.Ordinal) == true;

    /// <inheritdoc />
    /// <exception cref="HttpRequestException">No peer answered (the verifier reports "not checked").</exception>
    public async Task<LedgerAnchor?> GetAnchorAsync(string transactionHash, CancellationToken cancellationToken = default)
    {
        FabricLedgerTransaction? tx;
        try
        {
            tx = await registry.GetTransactionAsync(transactionHash, cancellationToken);
        }
        catch (FabricException e) when (e.Kind is FabricErrorKind.PeerUnavailable or FabricErrorKind.Timeout or FabricErrorKind.IdentityExpired)
        {
            throw new HttpRequestException($"no Fabric peer answered: {e.Message}", e);
        }

        var t = tx?.Transaction;
        if (tx is null || tx.ValidationCode != "VALID" || !(t!.Function == "anchor" || t.Function.EndsWith(":anchor", StringComparison.Ordinal)) || t.Arguments.Count < 3)
        {
            return null;
        }

        var size = long.Parse(System.Text.Encoding.UTF8.GetString(t.Arguments[1]), System.Globalization.CultureInfo.InvariantCulture);
        var root = Convert.FromHexString(System.Text.Encoding.UTF8.GetString(t.Arguments[2]));
        return new LedgerAnchor(0, ContractName(t.Channel, t.Chaincode), tx.TransactionId, tx.BlockNumber, size, root);
    }

    /// <inheritdoc />
    public void Dispose()
    {
        if (ownsRegistry) registry.Dispose();
    }
}
