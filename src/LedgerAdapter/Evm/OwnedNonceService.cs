using Nethereum.Hex.HexTypes;
using Nethereum.JsonRpc.Client;
using Nethereum.RPC.NonceServices;

namespace RentToOwn.LedgerAdapter.Evm;

/// <summary>
/// Put in place of Nethereum's in-memory nonce service on the sender's account: every transaction carries a nonce from
/// <see cref="NonceCounter"/>, so a call that reaches this service is a bug and fails loudly.
/// </summary>
internal sealed class OwnedNonceService : INonceService
{
    public IClient Client { get; set; } = null!;

    public bool UseLatestTransactionsOnly { get; set; }

    public Task<HexBigInteger> GetNextNonceAsync() =>
        throw new InvalidOperationException("nonces are handed out by EvmTransactionSender's NonceCounter, not by Nethereum's nonce service");

    public Task ResetNonceAsync() => Task.CompletedTask;
}
