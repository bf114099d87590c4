using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using RentToOwn.LedgerAdapter.Evm;
using RentToOwn.Platform.Ledger;
using RentToOwn.Platform.Ledger.Evm;
using RentToOwn.Platform.Tests.Infrastructure;
using RentToOwn.Platform.Tests.Verification;
using RentToOwn.Tests.Shared;

namespace RentToOwn.Platform.Tests.Ledger;

/// <summary>
/// A.18, A.39: <c>Ledger:Backend=Evm</c> against a real ganache. The platform deploys SigningRegistry on first start and
/// remembers it; every accepted signature of a real flow (consent A.9, guarantor A.12, contract A.18) is also on chain
/// (per record) or anchored by the Quartz job; the public verifier's anchor section shows what the chain says.
/// </summary>
[Collection("ganache")]
public sealed class EvmBackendTests(GanacheNode ganache) : LedgerBackendHosts("rto-evm-ledger-")
{
    private string LedgerDir => Path.Combine(DataDirectory, "ledger");

    [Fact]
    public async Task Per_record_mode_puts_every_signature_of_a_real_flow_on_chain_and_the_verifier_reports_its_transaction()
    {
        var app = Start();
        var flow = new ApplicationFlow(app, app.PkiDirectory);
        await flow.ApprovedApplicationAsync(); // the tenant's and the guarantor's consent, the guarantor's signature: three ledger records
        var tenant = await flow.LoginAsync("tenant");
        var (contractId, pdf) = await ContractAsync(tenant);
        var cms = flow.Sign(pdf, "tenant");
        Assert.Equal(HttpStatusCode.OK, (await tenant.PostAsJsonAsync($"/api/contracts/{contractId}/signatures", new { cms })).StatusCode);

        // First start deployed the registry from the Development test key and remembered it.
        var remembered = RememberedRegistry.Read(LedgerDir)!;
        Assert.Equal(GanacheNode.ChainId, remembered.ChainId);
        Assert.Equal(GanacheTestKey.Address, remembered.Deployer);
        var registry = new SigningRegistryContract(ganache.Rpc(), ganache.Sender(GanacheNode.Outsider), remembered.Contract);
        Assert.True(await registry.IsWriterAsync(GanacheTestKey.Address));

        // Read every stored receipt's record back from the chain: same leaf hash, subject key, kind, writer.
        var receipts = await app.WithDbAsync(db => db.LedgerReceipts.OrderBy(r => r.LeafIndex).ToListAsync());
        Assert.Equal(["ConsentGiven", "ConsentGiven", "ApplicationSigned", "ApprovalSigned", "ContractSigned"], receipts.Select(r => r.Kind));
        var ledger = await app.Services.GetRequiredService<PlatformLedger>().LedgerAsync(default);
        foreach (var receipt in receipts)
        {
            var entry = (await ledger.GetAsync(receipt.LeafIndex))!;
            var onChain = await registry.GetEntryAsync(entry.LeafHash);
            Assert.True(onChain is not null, $"leaf {receipt.LeafIndex} ({receipt.Kind}) is not on chain");
            Assert.Equal(SigningRegistryContract.SubjectKey(receipt.SubjectId), onChain.Subject);
            Assert.Equal((byte)entry.Record.Kind, onChain.Kind);
            Assert.Equal(GanacheTestKey.Address, onChain.Writer);
        }

        Assert.Equal((await ledger.GetLatestCheckpointAsync()).Checkpoint.Size, (await registry.GetRecordedEventsAsync()).Count);

        // The public verifier: ledger proof verified, and the record's own transaction confirmed on chain.
        var s = await VerifierClient.AnchoredSignatureAsync(app.CreateClient, pdf, Convert.FromBase64String(cms));
        Assert.Equal("verified", s.Ledger.Status);
        var anchor = s.Ledger.Anchor!;
        Assert.Equal("recorded", anchor.Status);
        Assert.Equal(remembered.Contract, anchor.Contract);
        Assert.Equal(GanacheNode.ChainId, anchor.ChainId);
        var tx = await ganache.Rpc().GetTransactionReceiptAsync(anchor.TransactionHash!);
        Assert.Equal(anchor.BlockNumber, (long)tx!.BlockNumber.Value);
        Assert.Contains(SigningRegistryEvents.Recorded(tx!), e => e.EntryHash.AsSpan().SequenceEqual(Convert.FromHexString(s.Ledger.LeafHash!)));

        // A restart on the same data directory keeps the registry (no second deployment) and keeps recording.
        app.Dispose();
        var again = Start();
        var guarantor = await new ApplicationFlow(again, again.PkiDirectory).LoginAsync("guarantor");
        var signed = await guarantor.PostAsJsonAsync($"/api/contracts/{contractId}/signatures", new { cms = flow.Sign(pdf, "guarantor") });
        Assert.Equal(HttpStatusCode.OK, signed.StatusCode);
        Assert.Equal(remembered, RememberedRegistry.Read(LedgerDir));
        var last = await again.WithDbAsync(db => db.LedgerReceipts.OrderByDescending(r => r.LeafIndex).FirstAsync());
        var lastEntry = (await (await again.Services.GetRequiredService<PlatformLedger>().LedgerAsync(default)).GetAsync(last.LeafIndex))!;
        Assert.NotNull(await registry.GetEntryAsync(lastEntry.LeafHash));
    }

    [Fact]
    public async Task Anchoring_mode_anchors_checkpoints_with_the_Quartz_job_and_the_verifier_confirms_the_anchor_on_chain()
    {
        // The scheduler runs on its own fake clock: a run is due when the test moves it by the interval (ganache stays real).
        var schedulerTime = new FakeTimeProvider(DateTimeOffset.UtcNow);
        var app = Start(schedulerTime, ("Ledger:Evm:Mode", "Anchoring"), ("Ledger:Evm:AnchorIntervalSeconds", "60"));
        var flow = new ApplicationFlow(app, app.PkiDirectory);
        await flow.ApprovedApplicationAsync();
        var tenant = await flow.LoginAsync("tenant");
        var (contractId, pdf) = await ContractAsync(tenant);
        var cms = flow.Sign(pdf, "tenant");
        Assert.Equal(HttpStatusCode.OK, (await tenant.PostAsJsonAsync($"/api/contracts/{contractId}/signatures", new { cms })).StatusCode);
        var size = await app.WithDbAsync(db => db.LedgerReceipts.CountAsync());

        // No per-record transactions in this mode: the job anchors the tree that holds the contract signature.
        var remembered = RememberedRegistry.Read(LedgerDir)!;
        var registry = new SigningRegistryContract(ganache.Rpc(), ganache.Sender(GanacheNode.Outsider), remembered.Contract);
        Assert.Empty(await registry.GetRecordedEventsAsync());
        // Every record is in the log now, so the run that the next interval makes due anchors a tree that holds them all
        // (a run still busy from the start is waited for: the job never runs twice at once). The wall-clock bound only
        // covers the job's transaction on the real node.
        schedulerTime.Advance(TimeSpan.FromSeconds(60));
        var waited = System.Diagnostics.Stopwatch.StartNew();
        while ((await registry.LatestAnchorAsync()).TreeSize < size && waited.Elapsed < TimeSpan.FromSeconds(60)) await Task.Delay(200);
        var (treeSize, root, _) = await registry.LatestAnchorAsync();
        Assert.True(treeSize >= size, $"no anchor of tree size {size} within 60 s of the due run (latest {treeSize})");

        var checkpoint = (await (await app.Services.GetRequiredService<PlatformLedger>().LedgerAsync(default)).GetLatestCheckpointAsync()).Checkpoint;
        Assert.Equal(checkpoint.Size, treeSize);
        Assert.Equal(checkpoint.RootHash, root);

        // The job stores the anchor after the chain commits it: wait until the platform's own view has it.
        var s = await VerifierClient.AnchoredSignatureAsync(app.CreateClient, pdf, Convert.FromBase64String(cms));
        Assert.Equal("verified", s.Ledger.Status);
        Assert.Equal("verified", s.Ledger.Anchor!.Status); // the node confirmed transaction, contract, block, size and root
        Assert.Equal(remembered.Contract, s.Ledger.Anchor.Contract);
        Assert.True(s.Ledger.Anchor.TreeSize >= size);
    }

    /// <inheritdoc />
    protected override IEnumerable<(string Key, string Value)> BackendSettings() => [("Ledger:Backend", "Evm"), ("Ledger:Evm:RpcUrl", ganache.Url.ToString())];
}
