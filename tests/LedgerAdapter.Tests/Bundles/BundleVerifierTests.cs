using Microsoft.Extensions.Time.Testing;
using RentToOwn.LedgerAdapter.Bundles;
using RentToOwn.LedgerAdapter.Checkpoints;
using RentToOwn.LedgerAdapter.Embedded;
using RentToOwn.LedgerAdapter.Verification;
using RentToOwn.LedgerAdapter.Witnesses;

namespace RentToOwn.LedgerAdapter.Tests.Bundles;

public class BundleVerifierTests
{
    private readonly BundleVerifier verifier = new(TestKeys.Log.VerifierKey, [TestKeys.Witness1.VerifierKey], 1);

    [Fact]
    public async Task A_bundle_verifies_with_only_the_public_keys()
    {
        var (json, _) = await MakeBundleAsync();
        var result = await verifier.VerifyAsync(json);
        Assert.True(result.IsValid, result.Reason);
        Assert.Equal(AnchorStatus.None, result.Anchor);
        Assert.Equal("contract-3", result.Record!.SubjectId);
    }

    [Fact]
    public async Task Flipping_one_character_of_any_field_fails_with_a_reason()
    {
        var (json, _) = await MakeBundleAsync();
        var count = 0;
        foreach (var (field, mutated) in BundleMutations.FlipEachField(json))
        {
            var result = await verifier.VerifyAsync(mutated);
            Assert.False(result.IsValid, $"flipping {field} still verified");
            Assert.False(string.IsNullOrWhiteSpace(result.Reason));
            count++;
        }

        Assert.True(count > 20, $"only {count} fields mutated");
    }

    [Fact]
    public async Task Missing_witness_and_wrong_keys_fail()
    {
        var (json, _) = await MakeBundleAsync();
        Assert.False((await new BundleVerifier(TestKeys.Log.VerifierKey, [TestKeys.Witness2.VerifierKey], 1).VerifyAsync(json)).IsValid);
        Assert.False((await new BundleVerifier(TestKeys.Witness1.VerifierKey with { Algorithm = NoteKeyAlgorithm.Ed25519, Name = TestKeys.Origin }, [], 0).VerifyAsync(json)).IsValid);
        Assert.False((await verifier.VerifyAsync("{")).IsValid);
        Assert.False((await verifier.VerifyAsync(json.Replace("\"anchor\": null", "\"anchor\": null, \"extra\": 1"))).IsValid);
    }

    [Fact]
    public async Task An_anchor_is_checked_offline_for_consistency_and_reported_not_checked_without_a_node()
    {
        var (_, ledger) = await MakeBundleAsync();
        await using (ledger)
        {
            var root = ledger.GetRoot(4);
            var anchor = new LedgerAnchor(1337, "0x" + new string('1', 40), "0x" + new string('2', 64), 12, 4, root);
            var bundle = await new BundleFactory(ledger).CreateAsync(3, anchor);
            var result = await verifier.VerifyAsync(BundleJson.Serialize(bundle));
            Assert.True(result.IsValid, result.Reason);
            Assert.Equal(AnchorStatus.NotChecked, result.Anchor);
            Assert.Contains("anchor not checked", result.Reason);

            var wrongRoot = bundle with { Anchor = bundle.Anchor! with { RootHash = Convert.ToHexStringLower(ledger.GetRoot(5)) } };
            Assert.Contains("not consistent", (await verifier.VerifyAsync(wrongRoot)).Reason);
            var notCovering = await new BundleFactory(ledger).CreateAsync(3, anchor with { TreeSize = 3, RootHash = ledger.GetRoot(3) });
            Assert.Null(notCovering.Anchor);
        }
    }

    private static async Task<(string Json, EmbeddedLedger Ledger)> MakeBundleAsync()
    {
        var dir = TestKeys.TempDir();
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero));
        var ledger = EmbeddedLedger.Open(new EmbeddedLedgerOptions { DatabasePath = Path.Combine(dir, "l.db") }, TestKeys.Log,
            [new Witness(TestKeys.Witness1, TestKeys.Log.VerifierKey, new InMemoryWitnessStateStore(), time)]);
        for (var i = 0; i < 10; i++)
        {
            await ledger.AppendAsync(TestKeys.Record($"contract-{i % 4}", i));
        }

        return (BundleJson.Serialize(await new BundleFactory(ledger).CreateAsync(3)), ledger);
    }
}
