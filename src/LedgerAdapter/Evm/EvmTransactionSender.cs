using System.Numerics;

namespace RentToOwn.LedgerAdapter.Evm;

/// <summary>
/// Sends legacy EIP-155 transactions from one account: estimates gas first (so a revert is reported
/// with its decoded reason before anything is sent), hands out nonces in order to concurrent
/// callers, re-reads the nonce from the node after a failed send, and polls for receipts with a timeout.
/// </summary>
public sealed class EvmTransactionSender
{
    private readonly JsonRpcClient rpc;
    private readonly EthKey key;
    private readonly EvmOptions options;
    private readonly TimeProvider time;
    private readonly SemaphoreSlim gate = new(1, 1);
    private BigInteger? nextNonce;
    private long? chainId;
    private BigInteger? gasPrice;

    /// <summary>Creates a sender for <paramref name="key"/>'s account.</summary>
    public EvmTransactionSender(JsonRpcClient rpc, EthKey key, EvmOptions options, TimeProvider time) =>
        (this.rpc, this.key, this.options, this.time) = (rpc, key, options, time);

    /// <summary>The sending account.</summary>
    public string Address => key.Address;

    /// <summary>The chain id (read once from the node).</summary>
    public async Task<long> ChainIdAsync(CancellationToken ct = default) => chainId ??= await rpc.ChainIdAsync(ct);

    /// <summary>Signs and sends; returns the transaction hash.</summary>
    /// <exception cref="EvmRevertException">When the call would revert (reason decoded).</exception>
    public async Task<string> SendAsync(string? to, byte[] data, string operation, CancellationToken ct = default)
    {
        // Estimating inside the gate keeps one request per account in flight: ganache 7.9.2 was seen
        // to stall when estimates raced its instamine; on Besu the estimate is one fast read.
        await gate.WaitAsync(ct);
        try
        {
            BigInteger gas;
            try
            {
                gas = await rpc.EstimateGasAsync(key.Address, to, data, ct);
            }
            catch (EvmRpcException e)
            {
                throw Revert(operation, e);
            }

            gas = (gas * 5 / 4) + 5_000;
            var id = await ChainIdAsync(ct);
            gasPrice ??= options.GasPrice ?? await rpc.GasPriceAsync(ct);
            nextNonce ??= await rpc.TransactionCountAsync(key.Address, ct);
            var raw = new LegacyTransaction(nextNonce.Value, gasPrice.Value, gas, to, BigInteger.Zero, data).Sign(key, id);
            try
            {
                var hash = await rpc.SendRawTransactionAsync(raw, ct);
                nextNonce++;
                return hash;
            }
            catch (EvmRpcException e)
            {
                nextNonce = null; // re-read from the node next time
                throw e.RevertData is not null ? Revert(operation, e) : e;
            }
        }
        finally
        {
            gate.Release();
        }
    }

    /// <summary>Polls for the receipt until <see cref="EvmOptions.ReceiptTimeout"/>.</summary>
    /// <exception cref="EvmRevertException">When the transaction was mined but failed.</exception>
    /// <exception cref="TimeoutException">When no receipt arrives in time.</exception>
    public async Task<EvmReceipt> WaitForReceiptAsync(string hash, string operation, CancellationToken ct = default)
    {
        var deadline = time.GetUtcNow() + options.ReceiptTimeout;
        while (true)
        {
            var receipt = await rpc.GetTransactionReceiptAsync(hash, ct);
            if (receipt is not null)
            {
                return receipt.Succeeded ? receipt : throw new EvmRevertException(operation, $"transaction {hash} failed (status 0)");
            }

            if (time.GetUtcNow() >= deadline)
            {
                throw new TimeoutException($"{operation}: no receipt for {hash} within {options.ReceiptTimeout}");
            }

            await Task.Delay(options.PollInterval, time, ct);
        }
    }

    /// <summary>Sends and waits for the receipt.</summary>
    public async Task<EvmReceipt> SendAndWaitAsync(string? to, byte[] data, string operation, CancellationToken ct = default) =>
        await WaitForReceiptAsync(await SendAsync(to, data, operation, ct), operation, ct);

    private static EvmRevertException Revert(string operation, EvmRpcException e)
    {
        var reason = e.RevertData is { } data ? Abi.DecodeRevertReason(data) : null;
        if (reason is null)
        {
            // Some nodes put the reason only in the message ("... revert <reason>").
            var marker = e.NodeMessage.IndexOf("revert", StringComparison.OrdinalIgnoreCase);
            reason = marker >= 0 ? e.NodeMessage[(marker + 6)..].Trim() : e.NodeMessage;
        }

        return new EvmRevertException(operation, reason);
    }
}
