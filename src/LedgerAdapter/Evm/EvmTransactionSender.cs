using System.Numerics;
using Nethereum.ABI.FunctionEncoding;
using Nethereum.Hex.HexConvertors.Extensions;
using Nethereum.Hex.HexTypes;
using Nethereum.JsonRpc.Client;
using Nethereum.RPC.Eth.DTOs;
using Nethereum.RPC.Eth.Transactions;
using Nethereum.Signer;
using Nethereum.Util;
using Nethereum.Web3;
using Nethereum.Web3.Accounts;

namespace RentToOwn.LedgerAdapter.Evm;

/// <summary>
/// Sends legacy EIP-155 transactions from one account through Nethereum (an <see cref="Account"/> with the node's chain
/// id signs offline). Nonces come from this sender's own <see cref="NonceCounter"/>, so many transactions are in flight
/// at once: each is signed with its nonce as it is queued, and one dispatcher sends everything queued as one JSON-RPC
/// batch in nonce order (the node sees nonces in order: ganache 7.9.2 loses transactions that arrive out of order), while
/// receipts are confirmed by one shared poller. Recovery: the counter starts at the node's pending count (restart); a
/// nonce another sender used is skipped and the send retried with a fresh one; a nonce the node refused is handed back
/// and, when later transactions wait on it, filled by a zero-value transfer to this account in the next batch.
/// Gas is estimated unless the caller sets it, so a revert is reported with its reason before anything is sent.
/// </summary>
public sealed class EvmTransactionSender
{
    private const int FreshNonceAttempts = 4;
    private const int FillAttempts = 3;
    private readonly IClient client;
    private readonly EthECKey key;
    private readonly EvmOptions options;
    private readonly NonceCounter nonces = new();
    private readonly ReceiptPoller receipts;
    private readonly SemaphoreSlim startGate = new(1, 1);
    private readonly Lock queueGate = new();
    private readonly List<Queued> queue = [];
    private readonly Dictionary<long, int> fills = [];
    private bool dispatching;
    private Started? started;

    /// <summary>Creates a sender for <paramref name="key"/>'s account on the node behind <paramref name="client"/>.</summary>
    public EvmTransactionSender(IClient client, EthECKey key, EvmOptions options, TimeProvider time)
    {
        this.client = client;
        this.key = key;
        this.options = options;
        receipts = new ReceiptPoller(client, options, time);
        Address = key.GetPublicAddress().ToLowerInvariant();
    }

    /// <summary>The sending account (lower-case 0x hex).</summary>
    public string Address { get; }

    /// <summary>The local nonce counter (for tests and diagnostics).</summary>
    public NonceCounter Nonces => nonces;

    /// <summary>The node's chain id (read once).</summary>
    public async Task<long> ChainIdAsync(CancellationToken ct = default) => (await StartAsync(ct)).ChainId;

    /// <summary>
    /// Signs <paramref name="input"/> (To and Data; Gas optional) with the next nonce and sends it; returns the transaction
    /// hash once the node has accepted it.
    /// </summary>
    /// <exception cref="EvmRevertException">The call reverts (reason decoded).</exception>
    /// <exception cref="EvmSendException">The node refused the transaction; its nonce was handed back.</exception>
    public async Task<string> SendAsync(TransactionInput input, string operation, CancellationToken ct = default)
    {
        var s = await StartAsync(ct);
        input.From = Address;
        input.Value ??= new HexBigInteger(0);
        input.GasPrice = new HexBigInteger(s.GasPrice);
        input.Gas ??= new HexBigInteger(await EstimateAsync(s, input, operation, ct));
        for (var attempt = 1; ; attempt++)
        {
            ct.ThrowIfCancellationRequested();
            Queued queued;
            lock (queueGate)
            {
                // Nonce, signature and place in the queue together: the queue is in nonce order.
                var nonce = nonces.Take();
                input.Nonce = new HexBigInteger(nonce);
                queued = new Queued(nonce, s.Signer.SignTransaction(input).EnsureHexPrefix(), operation);
                queue.Add(queued);
                Dispatch(s);
            }

            // Not cancellable once queued: the outcome must be known to keep the nonces right.
            var sent = await queued.Done.Task;
            switch (sent.Outcome)
            {
                case Outcome.Sent:
                    return queued.Hash;
                case Outcome.UsedElsewhere when attempt < FreshNonceAttempts:
                    continue;
                default:
                    throw sent.Error!;
            }
        }
    }

    /// <summary>Waits for the receipt (confirmed asynchronously, see <see cref="EvmOptions.PollInterval"/>).</summary>
    /// <exception cref="EvmRevertException">The transaction was mined but failed (status 0).</exception>
    /// <exception cref="TimeoutException">No receipt within <see cref="EvmOptions.ReceiptTimeout"/>.</exception>
    public async Task<TransactionReceipt> WaitForReceiptAsync(string hash, string operation, CancellationToken ct = default)
    {
        var receipt = await receipts.WaitAsync(hash, operation, ct);
        return receipt.Status?.Value == 1 ? receipt : throw new EvmRevertException(operation, $"transaction {hash} failed (status 0)");
    }

    /// <summary>Sends and waits for the receipt; a failed transaction is replayed as a call to report its revert reason.</summary>
    public async Task<TransactionReceipt> SendAndWaitAsync(TransactionInput input, string operation, CancellationToken ct = default)
    {
        var hash = await SendAsync(input, operation, ct);
        var receipt = await receipts.WaitAsync(hash, operation, ct);
        if (receipt.Status?.Value == 1)
        {
            return receipt;
        }

        var reason = await ReplayRevertReasonAsync(input, receipt.BlockNumber, ct);
        throw new EvmRevertException(operation, reason ?? $"transaction {hash} failed (status 0)");
    }

    /// <summary>
    /// The Nethereum account this sender signs with: EIP-155 with <paramref name="chainId"/>, legacy transactions, offline
    /// (nonce, gas and gas price always set by the sender), and no nonce service of Nethereum's own.
    /// </summary>
    internal static (Account Account, AccountSignerTransactionManager Signer) CreateSigner(EthECKey key, long chainId)
    {
        var account = new Account(key, chainId) { NonceService = new OwnedNonceService() };
        var signer = (AccountSignerTransactionManager)account.TransactionManager;
        signer.UseLegacyAsDefault = true;
        return (account, signer);
    }

    // Call under queueGate.
    private void Dispatch(Started s)
    {
        if (!dispatching)
        {
            dispatching = true;
            _ = Task.Run(() => DispatchLoopAsync(s));
        }
    }

    private async Task DispatchLoopAsync(Started s)
    {
        while (true)
        {
            List<Queued> batch;
            lock (queueGate)
            {
                // A handed-back nonce nobody took holds every later transaction: fill it first.
                while (nonces.TryTakeReturned(out var gap))
                {
                    if (fills.TryGetValue(gap, out var tried) && tried >= FillAttempts)
                    {
                        nonces.Return(gap);
                        break;
                    }

                    fills[gap] = tried + 1;
                    var filler = new TransactionInput
                    {
                        From = Address, To = Address, Value = new HexBigInteger(0), Gas = new HexBigInteger(21_000),
                        GasPrice = new HexBigInteger(s.GasPrice), Nonce = new HexBigInteger(gap),
                    };
                    queue.Add(new Queued(gap, s.Signer.SignTransaction(filler).EnsureHexPrefix(), "fill nonce gap"));
                }

                if (queue.Count == 0)
                {
                    dispatching = false;
                    return;
                }

                batch = [.. queue.OrderBy(q => q.Nonce)];
                queue.Clear();
            }

            await SendBatchAsync(s, batch);
        }
    }

    private async Task SendBatchAsync(Started s, List<Queued> batch)
    {
        var send = new EthSendRawTransaction(client);
        var items = batch.Select((q, i) => new RpcRequestResponseBatchItem<EthSendRawTransaction, string>(send, send.BuildRequest(q.Raw, i + 1))).ToList();
        var request = new RpcRequestResponseBatch { AcceptPartiallySuccessful = true };
        request.BatchItems.AddRange(items);
        try
        {
            await client.SendBatchRequestAsync(request);
        }
        catch (Exception e) when (e is RpcResponseException || EvmErrors.IsUnreachable(e))
        {
            // The outcome of each is unknown: what the node has is sent, the rest goes back (highest first).
            for (var i = batch.Count - 1; i >= 0; i--)
            {
                var q = batch[i];
                if (await IsKnownAsync(s, q.Hash))
                {
                    q.Done.TrySetResult(new Sent(Outcome.Sent, null));
                    continue;
                }

                nonces.Return(q.Nonce);
                q.Done.TrySetResult(new Sent(Outcome.Refused, new HttpRequestException($"{q.Operation}: the node did not answer ({e.Message})", e)));
            }

            return;
        }

        long? count = null;
        for (var i = 0; i < batch.Count; i++)
        {
            var (q, item) = (batch[i], items[i]);
            if (!item.HasError)
            {
                q.Done.TrySetResult(new Sent(Outcome.Sent, null));
            }
            else if (EvmErrors.IsRevert(item.RpcError))
            {
                // ganache (vmErrorsOnRPCResponse) mines a reverting transaction and reports it here: the nonce is used.
                q.Done.TrySetResult(new Sent(Outcome.Reverted, new EvmRevertException(q.Operation, EvmErrors.Reason(item.RpcError))));
            }
            else if (await IsKnownAsync(s, q.Hash))
            {
                q.Done.TrySetResult(new Sent(Outcome.Sent, null));
            }
            else if ((count ??= await PendingCountAsync(s)) > q.Nonce)
            {
                // Another sender (or this account before a restart) used the nonce: skip past it, the caller retries.
                nonces.MoveUpTo(count.Value);
                q.Done.TrySetResult(new Sent(Outcome.UsedElsewhere, new EvmSendException(q.Operation, item.RpcError.Message, new RpcResponseException(item.RpcError))));
            }
            else
            {
                nonces.Return(q.Nonce);
                q.Done.TrySetResult(new Sent(Outcome.Refused, new EvmSendException(q.Operation, item.RpcError.Message, new RpcResponseException(item.RpcError))));
            }
        }
    }

    private async Task<BigInteger> EstimateAsync(Started s, TransactionInput input, string operation, CancellationToken ct)
    {
        try
        {
            var gas = await s.Web3.Eth.Transactions.EstimateGas.SendRequestAsync(new CallInput { From = input.From, To = input.To, Data = input.Data, Value = input.Value }).WaitAsync(ct);
            return (gas.Value * 5 / 4) + 5_000;
        }
        catch (SmartContractRevertException e)
        {
            throw new EvmRevertException(operation, e.RevertMessage);
        }
        catch (RpcResponseException e) when (EvmErrors.IsRevert(e))
        {
            throw new EvmRevertException(operation, EvmErrors.Reason(e));
        }
    }

    private async Task<string?> ReplayRevertReasonAsync(TransactionInput input, HexBigInteger block, CancellationToken ct)
    {
        var s = await StartAsync(ct);
        try
        {
            await s.Web3.Eth.Transactions.Call.SendRequestAsync(new CallInput { From = input.From, To = input.To, Data = input.Data, Gas = input.Gas }, new BlockParameter(block)).WaitAsync(ct);
            return null;
        }
        catch (SmartContractRevertException e)
        {
            return e.RevertMessage;
        }
        catch (RpcResponseException e) when (EvmErrors.IsRevert(e))
        {
            return EvmErrors.Reason(e);
        }
    }

    private static async Task<bool> IsKnownAsync(Started s, string hash)
    {
        try
        {
            return await s.Web3.Eth.Transactions.GetTransactionByHash.SendRequestAsync(hash) is not null;
        }
        catch (Exception e) when (e is RpcResponseException || EvmErrors.IsUnreachable(e))
        {
            return false;
        }
    }

    private async Task<long> PendingCountAsync(Started s) =>
        (long)(await s.Web3.Eth.Transactions.GetTransactionCount.SendRequestAsync(Address, BlockParameter.CreatePending())).Value;

    private async Task<Started> StartAsync(CancellationToken ct)
    {
        if (started is { } s)
        {
            return s;
        }

        await startGate.WaitAsync(ct);
        try
        {
            if (started is null)
            {
                var chainId = (long)(await new Web3(client).Eth.ChainId.SendRequestAsync().WaitAsync(ct)).Value;
                var (account, signer) = CreateSigner(key, chainId);
                var web3 = new Web3(account, client);
                var gasPrice = options.GasPrice ?? (await web3.Eth.GasPrice.SendRequestAsync().WaitAsync(ct)).Value;
                var next = new Started(web3, signer, chainId, gasPrice);
                nonces.MoveUpTo(await PendingCountAsync(next));
                started = next;
            }

            return started;
        }
        finally
        {
            startGate.Release();
        }
    }

    private enum Outcome
    {
        Sent,
        Reverted,
        UsedElsewhere,
        Refused,
    }

    private sealed record Started(Web3 Web3, AccountSignerTransactionManager Signer, long ChainId, BigInteger GasPrice);

    private sealed record Sent(Outcome Outcome, Exception? Error);

    private sealed class Queued(long nonce, string raw, string operation)
    {
        public long Nonce { get; } = nonce;

        public string Raw { get; } = raw;

        public string Hash { get; } = TransactionUtils.CalculateTransactionHash(raw).EnsureHexPrefix();

        public string Operation { get; } = operation;

        public TaskCompletionSource<Sent> Done { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
    }
}
