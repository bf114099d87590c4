using System.Text;
using Microsoft.Extensions.DependencyInjection;
using RentToOwn.LedgerAdapter.Anchoring;
using RentToOwn.LedgerAdapter.Checkpoints;
using RentToOwn.LedgerAdapter.Verification;
using RentToOwn.Platform.Ledger;
using RentToOwn.Platform.Tests.Infrastructure;
using RentToOwn.Platform.Verification;

namespace RentToOwn.Platform.Tests.Verification;

/// <summary>The EVM anchor in the verifier's report: none published, published but no node, node unreachable.</summary>
public sealed class VerifierAnchorTests : IDisposable
{
    private readonly List<PlatformFactory> _apps = [];

    [Fact]
    public async Task A_published_anchor_is_checked_against_the_checkpoint_and_reported_not_checked_without_a_node()
    {
        var app = Track(new PlatformFactory());
        Assert.Null(app.Services.GetService<IAnchorChain>());
        var (pdf, cms) = await SignAndAnchorAsync(app);

        var (_, report, _) = await VerifierClient.PostAsync(app.CreateClient(), VerifierClient.Form(pdf, [("t.cms", cms)]));

        var anchor = Assert.Single(report.Signatures).Ledger.Anchor!;
        Assert.Equal("not_checked", anchor.Status);
        Assert.Equal(1337, anchor.ChainId);
        Assert.Equal(5, anchor.BlockNumber);
        Assert.Contains("anchor not checked", anchor.Message);

        // The downloaded bundle carries the anchor too, and verifies.
        var url = report.Signatures[0].Ledger.BundleUrl!;
        var (_, bundle, _) = await VerifierClient.PostAsync(app.CreateClient(),
            VerifierClient.Form(bundle: Encoding.UTF8.GetBytes(await app.CreateClient().GetStringAsync(url))));
        Assert.True(bundle.Bundle!.Valid, bundle.Bundle.Reason);
        Assert.Equal("not_checked", bundle.Bundle.Anchor!.Status);
    }

    [Fact]
    public async Task With_a_configured_but_unreachable_node_the_anchor_is_not_checked_and_nothing_fails()
    {
        var app = Track(new PlatformFactory { Settings = { ["Verifier:AnchorRpcUrl"] = "http://127.0.0.1:1/", ["Verifier:AnchorRpcTimeoutSeconds"] = "2" } });
        Assert.NotNull(app.Services.GetService<IAnchorChain>());
        var (pdf, cms) = await SignAndAnchorAsync(app);

        var (_, report, _) = await VerifierClient.PostAsync(app.CreateClient(), VerifierClient.Form(pdf, [("t.cms", cms)]));

        var s = Assert.Single(report.Signatures);
        Assert.Equal("verified", s.Ledger.Status);
        Assert.Equal("not_checked", s.Ledger.Anchor!.Status);
    }

    private static async Task<(byte[] Pdf, byte[] Cms)> SignAndAnchorAsync(PlatformFactory app)
    {
        var pdf = SignedContract.Pdf("anchored contract");
        var cms = SignedContract.Sign(app, pdf, "tenant");
        await SignedContract.AppendAsync(app, "contract-anchored", pdf, cms, "tenant");

        // What the anchoring job stores after publishing the latest checkpoint (test values for chain, contract, tx).
        var ledger = await app.Services.GetRequiredService<PlatformLedger>().LedgerAsync(default);
        var checkpoint = (await ledger.GetLatestCheckpointAsync()).Checkpoint;
        var files = app.Services.GetRequiredService<LedgerFiles>();
        await new SqliteAnchorStore(Path.Combine(files.Directory, "ledger.db")).SaveAsync(new LedgerAnchor(
            1337, "0x" + new string('a', 40), "0x" + new string('b', 64), 5, checkpoint.Size, checkpoint.RootHash));
        return (pdf, cms);
    }

    private PlatformFactory Track(PlatformFactory app)
    {
        _apps.Add(app);
        return app;
    }

    public void Dispose() => _apps.ForEach(a => a.Dispose());
}
