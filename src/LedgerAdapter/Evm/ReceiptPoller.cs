using Nethereum.JsonRpc.Client;
using Nethereum.RPC.Eth.DTOs;
using Nethereum.RPC.Eth.Transactions;

namespace RentToOwn.LedgerAdapter.Evm;

/// <summary>
/// Confirms receipts asynchronously for every transaction a sender has in flight: one loop asks the node for all
/// awaited receipts in one JSON-RPC batch, at once when a new hash arrives and then every
/// <see cref="EvmOptions.PollInterval"/> (on the injected <see cref="TimeProvider"/>); each waiter gets its receipt or,
/// after <see cref="EvmOptions.ReceiptTimeout"/>, a <see cref="TimeoutException"/>. The loop stops when nothing is awaited.
/// </summary>
internal sealed class ReceiptPoller(IClient client, EvmOptions options, TimeProvider time)
{
    private const int BatchSize = 100;
    private readonly Lock gate = new();
    private readonly Dictionary<string, Waiter> waiting = new(StringComparer.OrdinalIgnoreCase);
    private TaskCompletionSource wake = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private bool running;

    public Task<TransactionReceipt> WaitAsync(string hash, string operation, CancellationToken ct)
    {
        Waiter waiter;
        lock (gate)
        {
            if (!waiting.TryGetValue(hash, out waiter!))
            {
                waiter = new Waiter(operation, time.GetUtcNow() + options.ReceiptTimeout);
                waiting[hash] = waiter;
            }

            if (!running)
            {
                running = true;
                _ = Task.Run(LoopAsync, CancellationToken.None);
            }
            else
            {
                wake.TrySetResult();
            }
        }

        return waiter.Done.Task.WaitAsync(ct);
    }

    private async Task LoopAsync()
    {
        while (true)
        {
            string[] hashes;
            lock (gate)
            {
                hashes = [.. waiting.Keys];
                wake = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            }

            var found = await FetchAsync(hashes);
            Task woken;
            lock (gate)
            {
                foreach (var (hash, receipt) in found)
                {
                    if (waiting.Remove(hash, out var w))
                    {
                        w.Done.TrySetResult(receipt);
                    }
                }

                var now = time.GetUtcNow();
                foreach (var (hash, w) in waiting.Where(p => p.Value.Deadline <= now).ToList())
                {
                    waiting.Remove(hash);
                    w.Done.TrySetException(new TimeoutException($"{w.Operation}: no receipt for {hash} within {options.ReceiptTimeout}"));
                }

                if (waiting.Count == 0)
                {
                    running = false;
                    return;
                }

                woken = wake.Task;
            }

            await Task.WhenAny(woken, Task.Delay(options.PollInterval, time));
        }
    }

    private async Task<List<(string Hash, TransactionReceipt Receipt)>> FetchAsync(string[] hashes)
    {
        var found = new List<(string, TransactionReceipt)>();
        var method = new EthGetTransactionReceipt(client);
        foreach (var chunk in hashes.Chunk(BatchSize))
        {
            var batch = new RpcRequestResponseBatch { AcceptPartiallySuccessful = true };
            var items = chunk.Select((h, i) => new RpcRequestResponseBatchItem<EthGetTransactionReceipt, TransactionReceipt>(method, method.BuildRequest(h, i + 1))).ToList();
            batch.BatchItems.AddRange(items);
            try
            {
                await client.SendBatchRequestAsync(batch);
            }
            catch (Exception e) when (e is RpcClientUnknownException or RpcClientTimeoutException or RpcResponseException or HttpRequestException)
            {
                continue; // the node did not answer: asked again next round, until the deadline
            }

            for (var i = 0; i < chunk.Length; i++)
            {
                if (!items[i].HasError && items[i].Response is { BlockNumber: not null } receipt)
                {
                    found.Add((chunk[i], receipt));
                }
            }
        }

        return found;
    }

    private sealed class Waiter(string operation, DateTimeOffset deadline)
    {
        public string Operation { get; } = operation;

        public DateTimeOffset Deadline { get; } = deadline;

        public TaskCompletionSource<TransactionReceipt> Done { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
    }
}
