using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using RentToOwn.LedgerAdapter.Bundles;
using RentToOwn.LedgerAdapter.Evm;
using RentToOwn.Platform.Ledger;
using RentToOwn.Platform.Tests.Infrastructure;
using RentToOwn.Platform.Tests.Verification;
using RentToOwn.Tests.Shared;

namespace RentToOwn.Platform.Tests.Ledger;

/// <summary>
/// A.18, A.39: <c>Ledger:Backend=Fabric</c> against the real two-organisation network (deploy/fabric/network.sh, started once
/// for the run by the shared fixture). Per record, every signature of a real flow is a VALID Fabric transaction and the public
/// verifier shows it (confirmed with qscc); in anchoring mode the Quartz job anchors the checkpoint on the chaincode and the
/// verifier confirms the anchor on the peer.
/// </summary>
[Collection("fabric")]
public sealed class FabricBackendTests(FabricNetworkFixture network) : LedgerBackendHosts("rto-fabric-ledger-")
{
    private string Contract => $"fabric:{network.Profile.Channel}/{network.Profile.Chaincode}";

    [Fact]
    public async Task Per_record_mode_puts_every_signature_of_a_real_flow_on_Fabric_and_the_verifier_reports_its_transaction()
    {
        var app = Start();
        var flow = new ApplicationFlow(app, app.PkiDirectory);
        await flow.ApprovedApplicationAsync(); // the tenant's and the guarantor's consent, the guarantor's signature: three ledger records
        var tenant = await flow.LoginAsync("tenant");
        var (contractId, pdf) = await ContractAsync(tenant);
        var cms = flow.Sign(pdf, "tenant");
        Assert.Equal(HttpStatusCode.OK, (await tenant.PostAsJsonAsync($"/api/contracts/{contractId}/signatures", new { cms })).StatusCode);

        // Every stored receipt's record is on the channel under its subject key, written by KTK.
        using var registry = network.Registry();
        var receipts = await app.WithDbAsync(db => db.LedgerReceipts.OrderBy(r => r.LeafIndex).ToListAsync());
        Assert.Equal(["ConsentGiven", "ConsentGiven", "ApplicationSigned", "ApprovalSigned", "ContractSigned"], receipts.Select(r => r.Kind));
        var ledger = await app.Services.GetRequiredService<PlatformLedger>().LedgerAsync(default);
        foreach (var receipt in receipts)
        {
            var entry = (await ledger.GetAsync(receipt.LeafIndex))!;
            var onChain = await registry.GetEntryAsync(entry.LeafHash);
            Assert.True(onChain is not null, $"leaf {receipt.LeafIndex} ({receipt.Kind}) is not on the channel");
            Assert.Equal(Convert.ToHexStringLower(SigningRegistryContract.SubjectKey(receipt.SubjectId)), onChain.Subject);
            Assert.Equal((byte)entry.Record.Kind, onChain.Kind);
            Assert.Equal("KtkMSP", onChain.Writer);
        }

        // The public verifier: ledger proof verified, and the record's own Fabric transaction confirmed on the peer.
        var s = await VerifierClient.AnchoredSignatureAsync(app.CreateClient, pdf, Convert.FromBase64String(cms));
        Assert.Equal("verified", s.Ledger.Status);
        var anchor = s.Ledger.Anchor!;
        Assert.Equal("recorded", anchor.Status);
        Assert.Equal(Contract, anchor.Contract);
        var tx = (await registry.GetTransactionAsync(anchor.TransactionHash!))!;
        Assert.Equal("VALID", tx.ValidationCode);
        Assert.Equal(anchor.BlockNumber, tx.BlockNumber);
        Assert.Equal("SigningRegistry:record", tx.Transaction.Function);
        Assert.Equal(s.Ledger.LeafHash, System.Text.Encoding.UTF8.GetString(tx.Transaction.Arguments[2]), ignoreCase: true);
        Assert.Contains($"transaction {anchor.TransactionHash}, block {tx.BlockNumber}, validation code VALID", anchor.Message);

        // The offline bundle carries the record's Fabric transaction, and the verifier shows it when the bundle comes back.
        var json = await app.CreateClient().GetByteArrayAsync(s.Ledger.BundleUrl);
        var bundle = BundleJson.Deserialize(System.Text.Encoding.UTF8.GetString(json));
        Assert.Equal(new BundleFabricTransaction(network.Profile.Channel, network.Profile.Chaincode, "record", anchor.TransactionHash!, tx.BlockNumber, "VALID"), bundle.Fabric);
        Assert.Null(bundle.Anchor);
        var (_, uploaded, _) = await VerifierClient.PostAsync(app.CreateClient(), VerifierClient.Form(pdf, bundle: json));
        Assert.True(uploaded.Bundle!.Valid, uploaded.Bundle.Reason);
        Assert.Equal(bundle.Fabric, uploaded.Bundle.Fabric);
        Assert.Contains($"Fabric record transaction {anchor.TransactionHash} in block {tx.BlockNumber} (VALID)", uploaded.Bundle.Reason);
    }

    [Fact]
    public async Task Anchoring_mode_anchors_checkpoints_on_Fabric_with_the_Quartz_job_and_the_verifier_confirms_the_anchor_with_qscc()
    {
        // The scheduler runs on its own fake clock: a run is due when the test moves it by the interval (the network stays real).
        var schedulerTime = new FakeTimeProvider(DateTimeOffset.UtcNow);
        var app = Start(schedulerTime, ("Ledger:Fabric:Mode", "Anchoring"), ("Ledger:Fabric:AnchorIntervalSeconds", "60"));
        var flow = new ApplicationFlow(app, app.PkiDirectory);
        await flow.ApprovedApplicationAsync();
        var tenant = await flow.LoginAsync("tenant");
        var (contractId, pdf) = await ContractAsync(tenant);
        var cms = flow.Sign(pdf, "tenant");
        Assert.Equal(HttpStatusCode.OK, (await tenant.PostAsJsonAsync($"/api/contracts/{contractId}/signatures", new { cms })).StatusCode);
        var size = await app.WithDbAsync(db => db.LedgerReceipts.CountAsync());

        // No per-record transactions in this mode.
        using var registry = network.Registry();
        var ledger = await app.Services.GetRequiredService<PlatformLedger>().LedgerAsync(default);
        Assert.Null(await registry.GetEntryAsync((await ledger.GetAsync(0))!.LeafHash));

        schedulerTime.Advance(TimeSpan.FromSeconds(60));
        var waited = System.Diagnostics.Stopwatch.StartNew();
        while (((await registry.LatestAnchorAsync())?.TreeSize ?? 0) < size && waited.Elapsed < TimeSpan.FromSeconds(60)) await Task.Delay(200);
        var (treeSize, root, txId) = (await registry.LatestAnchorAsync())!.Value;
        Assert.True(treeSize >= size, $"no anchor of tree size {size} within 60 s of the due run (latest {treeSize})");
        var checkpoint = (await ledger.GetLatestCheckpointAsync()).Checkpoint;
        Assert.Equal(checkpoint.Size, treeSize);
        Assert.Equal(Convert.ToHexStringLower(checkpoint.RootHash), root);

        // The verifier's bundle carries the anchor (from the anchors table) and the peer confirms it.
        // The job stores the anchor after the chain commits it: wait until the platform's own view has it.
        var s = await VerifierClient.AnchoredSignatureAsync(app.CreateClient, pdf, Convert.FromBase64String(cms));
        Assert.Equal("verified", s.Ledger.Status);
        var anchor = s.Ledger.Anchor!;
        Assert.Equal("verified", anchor.Status);
        Assert.Equal(Contract, anchor.Contract);
        Assert.Equal(txId, anchor.TransactionHash);
        Assert.Equal(treeSize, anchor.TreeSize);
        Assert.Equal((await registry.GetTransactionAsync(txId))!.BlockNumber, anchor.BlockNumber);
        Assert.Contains("qscc GetTransactionByID", anchor.Message);

        // The offline bundle carries the anchor and its Fabric transaction; uploaded back, the peer confirms the anchor.
        var json = await app.CreateClient().GetByteArrayAsync(s.Ledger.BundleUrl);
        var bundle = BundleJson.Deserialize(System.Text.Encoding.UTF8.GetString(json));
        Assert.Equal(new BundleFabricTransaction(network.Profile.Channel, network.Profile.Chaincode, "anchor", txId, anchor.BlockNumber!.Value, "VALID"), bundle.Fabric);
        var (_, uploaded, _) = await VerifierClient.PostAsync(app.CreateClient(), VerifierClient.Form(pdf, bundle: json));
        Assert.True(uploaded.Bundle!.Valid, uploaded.Bundle.Reason);
        Assert.Equal("verified", uploaded.Bundle.Anchor!.Status);
        Assert.Contains($"Fabric anchor transaction {txId}", uploaded.Bundle.Reason);
        Assert.Contains("confirmed by the peer (qscc)", uploaded.Bundle.Reason);
    }

    /// <inheritdoc />
    protected override IEnumerable<(string Key, string Value)> BackendSettings() => [("Ledger:Backend", "Fabric"), ("Ledger:Fabric:ConnectionProfile", network.ProfilePath)];
}
