using Microsoft.Extensions.Time.Testing;
using RentToOwn.LedgerAdapter.Embedded;
using RentToOwn.LedgerAdapter.Evm;
using RentToOwn.LedgerAdapter.Records;
using RentToOwn.LedgerAdapter.Witnesses;

namespace RentToOwn.LedgerAdapter.Tests.Evm;

[Collection("ganache")]
public class SigningRegistryTests(GanacheFixture ganache)
{
    [Fact]
    public async Task Deploy_allow_list_record_and_read_back()
    {
        var owner = ganache.Sender(GanacheFixture.Owner);
        var contract = await SigningRegistryContract.DeployAsync(ganache.Node(), owner, ganache.Bytecode);
        Assert.True(await contract.IsWriterAsync(Address(GanacheFixture.Owner)));
        Assert.False(await contract.IsWriterAsync(Address(GanacheFixture.Writer)));

        await contract.SetWriterAsync(Address(GanacheFixture.Writer), true);
        Assert.True(await contract.IsWriterAsync(Address(GanacheFixture.Writer)));

        var writer = contract.As(ganache.Sender(GanacheFixture.Writer));
        var subject = SigningRegistryContract.SubjectKey("contract-0001");
        var entry = Sha256Digest.Of([1, 2, 3]).ToArray();
        var receipt = await writer.RecordAsync(subject, entry, RecordKind.ContractSigned);

        var recorded = Assert.Single(SigningRegistryEvents.Recorded(receipt));
        Assert.Equal(entry, recorded.EntryHash);
        Assert.Equal(subject, recorded.Subject);
        Assert.Equal((byte)RecordKind.ContractSigned, recorded.Kind);
        Assert.Equal(Address(GanacheFixture.Writer), recorded.Writer);
        Assert.Equal(contract.Address, recorded.Contract);

        var onChain = await contract.GetEntryAsync(entry);
        Assert.NotNull(onChain);
        Assert.Equal(subject, onChain.Subject);
        Assert.Equal((long)receipt.BlockNumber.Value, onChain.BlockNumber);
        Assert.Null(await contract.GetEntryAsync(new byte[32]));
        Assert.Single(await contract.GetRecordedEventsAsync());
        Assert.Equal(GanacheFixture.ChainId, (long)(await ganache.Node().Eth.ChainId.SendRequestAsync()).Value);
    }

    [Fact]
    public async Task A_non_allow_listed_account_reverts_with_a_clear_reason()
    {
        var contract = await SigningRegistryContract.DeployAsync(ganache.Node(), ganache.Sender(GanacheFixture.Owner), ganache.Bytecode);
        var outsider = contract.As(ganache.Sender(GanacheFixture.Outsider));
        var e = await Assert.ThrowsAsync<EvmRevertException>(() => outsider.RecordAsync(new byte[32], Sha256Digest.Of([9]).ToArray(), RecordKind.SignatureAdded));
        Assert.Equal("SigningRegistry: writer not allow-listed", e.Reason);
        Assert.Contains("record reverted", e.Message);
        var anchor = await Assert.ThrowsAsync<EvmRevertException>(() => outsider.AnchorAsync(5, new byte[32]));
        Assert.Equal("SigningRegistry: writer not allow-listed", anchor.Reason);
        var notOwner = await Assert.ThrowsAsync<EvmRevertException>(() => outsider.SetWriterAsync(Address(GanacheFixture.Outsider), true));
        Assert.Equal("SigningRegistry: caller is not the owner", notOwner.Reason);

        // Removing a writer takes effect.
        await contract.SetWriterAsync(Address(GanacheFixture.Writer), true);
        await contract.SetWriterAsync(Address(GanacheFixture.Writer), false);
        var removed = await Assert.ThrowsAsync<EvmRevertException>(() => contract.As(ganache.Sender(GanacheFixture.Writer)).RecordAsync(new byte[32], Sha256Digest.Of([8]).ToArray(), RecordKind.SignatureAdded));
        Assert.Equal("SigningRegistry: writer not allow-listed", removed.Reason);
    }

    [Fact]
    public async Task Duplicate_entries_and_backward_anchors_revert()
    {
        var contract = await SigningRegistryContract.DeployAsync(ganache.Node(), ganache.Sender(GanacheFixture.Owner), ganache.Bytecode);
        var entry = Sha256Digest.Of([7]).ToArray();
        await contract.RecordAsync(new byte[32], entry, RecordKind.LetterSigned);
        Assert.Equal("SigningRegistry: entry already recorded",
            (await Assert.ThrowsAsync<EvmRevertException>(() => contract.RecordAsync(new byte[32], entry, RecordKind.LetterSigned))).Reason);
        await contract.AnchorAsync(10, Sha256Digest.Of([10]).ToArray());
        var latest = await contract.LatestAnchorAsync();
        Assert.Equal(10, latest.TreeSize);
        Assert.Equal(Sha256Digest.Of([10]).ToArray(), latest.Root);
        Assert.Equal("SigningRegistry: tree size went backwards",
            (await Assert.ThrowsAsync<EvmRevertException>(() => contract.AnchorAsync(9, new byte[32]))).Reason);
    }

    [Fact]
    public async Task Per_record_mode_with_concurrent_senders_keeps_nonces_in_order()
    {
        var contract = await SigningRegistryContract.DeployAsync(ganache.Node(), ganache.Sender(GanacheFixture.Owner), ganache.Bytecode);
        await contract.SetWriterAsync(Address(GanacheFixture.Writer), true);
        var publisher = new EvmRecordPublisher(contract.As(ganache.Sender(GanacheFixture.Writer)));
        var dir = TestKeys.TempDir();
        await using var ledger = EmbeddedLedger.Open(new EmbeddedLedgerOptions { DatabasePath = Path.Combine(dir, "l.db") }, TestKeys.Log,
            [new Witness(TestKeys.Witness1, TestKeys.Log.VerifierKey, new InMemoryWitnessStateStore(), new FakeTimeProvider())]);

        var receipts = await Task.WhenAll(Enumerable.Range(0, 24).Select(async i =>
        {
            var receipt = await ledger.AppendAsync(TestKeys.Record($"contract-{i % 3}", i));
            return (receipt, tx: await publisher.PublishAsync(receipt));
        }));

        foreach (var (receipt, tx) in receipts)
        {
            Assert.Equal(1, tx.Status.Value);
            var onChain = await contract.GetEntryAsync(receipt.LeafHash);
            Assert.NotNull(onChain);
            Assert.Equal(SigningRegistryContract.SubjectKey(receipt.Record.SubjectId), onChain.Subject);
        }

        Assert.Equal(24, (await contract.GetRecordedEventsAsync()).Count);
    }

    [Fact]
    public async Task The_port_in_per_record_mode_puts_every_append_on_chain_and_reports_refusals()
    {
        var contract = await SigningRegistryContract.DeployAsync(ganache.Node(), ganache.Sender(GanacheFixture.Owner), ganache.Bytecode);
        var dir = TestKeys.TempDir();
        await using var embedded = EmbeddedLedger.Open(new EmbeddedLedgerOptions { DatabasePath = Path.Combine(dir, "l.db") }, TestKeys.Log);
        ISigningLedger ledger = new EvmRecordingLedger(embedded, new EvmRecordPublisher(contract));
        var receipt = await ledger.AppendAsync(TestKeys.Record("contract-port", 1));
        var onChain = await contract.GetEntryAsync(receipt.LeafHash);
        Assert.NotNull(onChain);
        Assert.Equal((byte)RecordKind.SignatureAdded, onChain.Kind);
        Assert.Single(await ledger.GetBySubjectAsync("contract-port"));

        ISigningLedger refused = new EvmRecordingLedger(embedded, new EvmRecordPublisher(contract.As(ganache.Sender(GanacheFixture.Outsider))));
        var e = await Assert.ThrowsAsync<EvmRevertException>(() => refused.AppendAsync(TestKeys.Record("contract-port", 2)));
        Assert.Equal("SigningRegistry: writer not allow-listed", e.Reason);
    }

    [Fact]
    public async Task Receipt_polling_times_out_for_an_unknown_transaction()
    {
        var time = new FakeTimeProvider(DateTimeOffset.UtcNow);
        var sender = ganache.Sender(GanacheFixture.Owner, time, options: new EvmOptions { RpcUrl = ganache.Url, ReceiptTimeout = TimeSpan.FromSeconds(5), PollInterval = TimeSpan.FromSeconds(1) });
        var wait = sender.WaitForReceiptAsync("0x" + new string('1', 64), "probe");
        for (var i = 0; i < 10 && !wait.IsCompleted; i++)
        {
            await Task.Delay(50);
            time.Advance(TimeSpan.FromSeconds(1));
        }

        await Assert.ThrowsAsync<TimeoutException>(() => wait);
    }

    internal static string Address(Nethereum.Signer.EthECKey key) => key.GetPublicAddress().ToLowerInvariant();
}
