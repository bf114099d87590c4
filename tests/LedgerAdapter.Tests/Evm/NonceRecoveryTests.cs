using Microsoft.Extensions.Time.Testing;
using Nethereum.Hex.HexTypes;
using Nethereum.RPC.Eth.DTOs;
using Nethereum.Web3;
using RentToOwn.LedgerAdapter.Embedded;
using RentToOwn.LedgerAdapter.Evm;
using RentToOwn.LedgerAdapter.Witnesses;

namespace RentToOwn.LedgerAdapter.Tests.Evm;

/// <summary>Per-record mode's own nonce counter against a real ganache: many in flight, restarts, refusals.</summary>
[Collection("ganache")]
public class NonceRecoveryTests(GanacheFixture ganache)
{
    [Fact]
    public async Task Many_records_are_in_flight_at_once_and_each_append_returns_once_its_record_is_mined()
    {
        var (contract, writer) = await WriterAsync();
        var probe = new RpcProbe();
        var sender = ganache.Sender(writer, handler: probe);
        await using var embedded = OpenLedger();
        ISigningLedger ledger = new EvmRecordingLedger(embedded, new EvmRecordPublisher(contract.As(sender)));

        var receipts = await Task.WhenAll(Enumerable.Range(0, 40).Select(i => Task.Run(async () =>
        {
            var receipt = await ledger.AppendAsync(TestKeys.Record($"contract-{i % 5}", i));

            // The append has returned: its record is already on chain.
            Assert.NotNull(await contract.GetEntryAsync(receipt.LeafHash));
            return receipt;
        })));

        Assert.Equal(40, receipts.Select(r => r.Index).Distinct().Count());
        Assert.True(probe.MaxSendsInFlight > 1, $"at most {probe.MaxSendsInFlight} transaction in flight");
        await AssertNoGapAsync(sender);
    }

    [Fact]
    public async Task A_restarted_sender_and_a_stale_one_both_continue_from_the_nodes_count()
    {
        var (contract, writer) = await WriterAsync();
        var first = ganache.Sender(writer);
        await using var ledger = OpenLedger();
        var publisher = new EvmRecordPublisher(contract.As(first));
        for (var i = 0; i < 3; i++)
        {
            await publisher.PublishAsync(await ledger.AppendAsync(TestKeys.Record("contract-restart", i)));
        }

        // A restart: a new sender for the same account reads the node's count and goes on.
        var restarted = ganache.Sender(writer);
        var next = new EvmRecordPublisher(contract.As(restarted));
        for (var i = 3; i < 6; i++)
        {
            await next.PublishAsync(await ledger.AppendAsync(TestKeys.Record("contract-restart", i)));
        }

        // The first sender's counter is now behind the node (its nonce was used by the other one): it skips ahead.
        var stale = first.Nonces.Next;
        await publisher.PublishAsync(await ledger.AppendAsync(TestKeys.Record("contract-restart", 6)));
        Assert.True(first.Nonces.Next > stale + 1);
        Assert.Equal(7, (await contract.GetRecordedEventsAsync()).Count);
        await AssertNoGapAsync(first);
    }

    [Fact]
    public async Task A_refused_transaction_hands_its_nonce_back_and_no_later_transaction_is_stuck()
    {
        var (contract, writer) = await WriterAsync();
        // One send refused in the middle of the run, with others in flight around it.
        var probe = new RpcProbe { Refuse = n => n == 12 };
        var sender = ganache.Sender(writer, handler: probe);
        await using var embedded = OpenLedger();
        ISigningLedger ledger = new EvmRecordingLedger(embedded, new EvmRecordPublisher(contract.As(sender)));

        var outcomes = await Task.WhenAll(Enumerable.Range(0, 30).Select(i => Task.Run<(byte[]? Leaf, Exception? Error)>(async () =>
        {
            try
            {
                var receipt = await ledger.AppendAsync(TestKeys.Record($"contract-refusal-{i % 4}", i));
                return (receipt.LeafHash, null);
            }
            catch (Exception e) when (e is EvmSendException or HttpRequestException)
            {
                // EvmSendException with the node's message; or, when ganache (eager) held the rest of that batch on the
                // gap until the request timed out, "the node did not answer". Either way nothing was recorded.
                return (null, e);
            }
        })));

        var refused = outcomes.Count(o => o.Error is not null);
        Assert.Equal(probe.Refused, refused);
        Assert.Equal(1, refused);
        foreach (var (leaf, _) in outcomes.Where(o => o.Error is null))
        {
            Assert.NotNull(await contract.GetEntryAsync(leaf!));
        }

        Assert.Equal(30 - refused, (await contract.GetRecordedEventsAsync()).Count);
        await AssertNoGapAsync(sender);
    }

    [Fact]
    public async Task A_node_refusal_for_lack_of_funds_keeps_the_nonce_and_the_account_goes_on_once_funded()
    {
        // Gas price 1 gwei: the unfunded account cannot pay, so the node refuses the transaction outright.
        var poor = ganache.Sender(GanacheFixture.Poor, options: new EvmOptions { RpcUrl = ganache.Url, GasPrice = 1_000_000_000 });
        var self = SigningRegistryTests.Address(GanacheFixture.Poor);
        TransactionInput Transfer() => new() { To = self, Value = new HexBigInteger(0), Gas = new HexBigInteger(21_000) };
        var countBefore = await CountAsync(poor.Address, BlockParameter.CreateLatest());

        var e = await Assert.ThrowsAsync<EvmSendException>(() => poor.SendAndWaitAsync(Transfer(), "transfer"));
        Assert.Contains("insufficient funds", e.NodeMessage);
        Assert.Equal(countBefore, poor.Nonces.Next);

        await ganache.Sender(GanacheFixture.Owner).SendAndWaitAsync(
            new TransactionInput { To = self, Value = new HexBigInteger(System.Numerics.BigInteger.Pow(10, 18)), Gas = new HexBigInteger(21_000) }, "fund");
        var receipt = await poor.SendAndWaitAsync(Transfer(), "transfer");
        Assert.Equal(1, receipt.Status.Value);
        await AssertNoGapAsync(poor);
    }

    private async Task<(SigningRegistryContract Contract, Nethereum.Signer.EthECKey Writer)> WriterAsync()
    {
        var contract = await SigningRegistryContract.DeployAsync(ganache.Node(), ganache.Sender(GanacheFixture.Owner), ganache.Bytecode);

        // A writer account of its own per test (the collection shares one node): a fresh key funded by the owner.
        var writer = Nethereum.Signer.EthECKey.GenerateKey();
        var address = SigningRegistryTests.Address(writer);
        await ganache.Sender(GanacheFixture.Owner).SendAndWaitAsync(
            new TransactionInput { To = address, Value = new HexBigInteger(System.Numerics.BigInteger.Pow(10, 18)), Gas = new HexBigInteger(21_000) }, "fund");
        await contract.SetWriterAsync(address, true);
        return (contract, writer);
    }

    private static EmbeddedLedger OpenLedger() =>
        EmbeddedLedger.Open(new EmbeddedLedgerOptions { DatabasePath = Path.Combine(TestKeys.TempDir(), "l.db") }, TestKeys.Log,
            [new Witness(TestKeys.Witness1, TestKeys.Log.VerifierKey, new InMemoryWitnessStateStore(), new FakeTimeProvider())]);

    // Every nonce handed out is mined (no gap holds a transaction in the pool) and the counter is where the node is.
    private async Task AssertNoGapAsync(EvmTransactionSender sender)
    {
        await TestWaitsForAsync(async () => await CountAsync(sender.Address, BlockParameter.CreateLatest()) == sender.Nonces.Next);
        Assert.Equal(sender.Nonces.Next, await CountAsync(sender.Address, BlockParameter.CreatePending()));
        Assert.Equal(0, sender.Nonces.ReturnedCount);
    }

    private async Task<long> CountAsync(string address, BlockParameter block) =>
        (long)(await ganache.Node().Eth.Transactions.GetTransactionCount.SendRequestAsync(address, block)).Value;

    private static async Task TestWaitsForAsync(Func<Task<bool>> condition)
    {
        var waited = System.Diagnostics.Stopwatch.StartNew();
        while (!await condition())
        {
            Assert.True(waited.Elapsed < TimeSpan.FromSeconds(30), "condition not met within 30 s");
            await Task.Delay(50);
        }
    }
}
