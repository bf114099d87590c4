using System.Text;
using System.Text.Json;
using Microsoft.Extensions.Time.Testing;
using RentToOwn.Fuzz.Tests.Engine;
using RentToOwn.Tests.Shared;
using RentToOwn.LedgerAdapter.Bundles;
using RentToOwn.LedgerAdapter.Checkpoints;
using RentToOwn.LedgerAdapter.Embedded;
using RentToOwn.LedgerAdapter.Records;
using RentToOwn.LedgerAdapter.Witnesses;
using Xunit.Abstractions;

namespace RentToOwn.Fuzz.Tests.Targets;

/// <summary>Mutated offline ledger bundles through <see cref="BundleVerifier"/> (the verifier's only inputs are public keys).</summary>
public sealed class LedgerBundleFuzzTests(ITestOutputHelper output)
{
    // TEST keys only (fixed seeds), never used outside tests.
    private static readonly NoteSigningKey Log = NoteSigningKey.FromSeed("fuzz.rto.kz/ledger", NoteKeyAlgorithm.Ed25519, Enumerable.Repeat((byte)1, 32).ToArray());
    private static readonly NoteSigningKey WitnessKey = NoteSigningKey.FromSeed("fuzz.rto.kz/witness", NoteKeyAlgorithm.CosignatureV1, Enumerable.Repeat((byte)2, 32).ToArray());

    [Fact]
    public async Task Mutated_bundle_is_invalid_with_a_reason_or_verifies_the_same_record()
    {
        var (json, record) = await BundleAsync();
        var verifier = new BundleVerifier(Log.VerifierKey, [WitnessKey.VerifierKey], 1);
        Assert.True((await verifier.VerifyAsync(json)).IsValid);
        var expected = Canonical(record);
        var seed = FuzzSettings.Seed ^ 0xB0D;
        var mutator = new Mutator(seed);
        var tally = new Tally();
        var bytes = Encoding.UTF8.GetBytes(json);
        FuzzRun.Execute("bundle", seed, FuzzSettings.Count(10_000), _ => Encoding.UTF8.GetString(mutator.MutateText(bytes)), mutated =>
        {
            var result = verifier.VerifyAsync(mutated).GetAwaiter().GetResult();
            tally.Add(result.IsValid ? "valid" : "invalid");
            if (!result.IsValid) return string.IsNullOrWhiteSpace(result.Reason) ? "invalid without a reason" : null;
            return result.Record is { } r && Canonical(r) == expected ? null : "a mutated bundle verified another record";
        }, output, tally);
        Assert.True(tally["invalid"] > 0, tally.ToString());
    }

    private static string Canonical(SigningRecord r) => JsonSerializer.Serialize(BundleJson.ToBundle(r));

    private static async Task<(string Json, SigningRecord Record)> BundleAsync()
    {
        var dir = Directory.CreateTempSubdirectory("rto-fuzz-ledger-").FullName;
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero));
        await using var ledger = EmbeddedLedger.Open(new EmbeddedLedgerOptions { DatabasePath = Path.Combine(dir, "l.db") }, Log,
            [new Witness(WitnessKey, Log.VerifierKey, new InMemoryWitnessStateStore(), time)]);
        for (var i = 0; i < 10; i++)
        {
            await ledger.AppendAsync(new SigningRecord(RecordKind.SignatureAdded, $"contract-{i % 4}",
                Sha256Digest.Of(Encoding.UTF8.GetBytes($"document {i}")), Sha256Digest.Of(Encoding.UTF8.GetBytes($"cms {i}")),
                SignerReference.From(Enumerable.Repeat((byte)9, 32).ToArray(), "900101300123"), Sha256Digest.Of("certificate"u8.ToArray()),
                "tenant", new DateTimeOffset(2026, 3, 1, 10, 0, i, TimeSpan.Zero)));
        }

        var bundle = await new BundleFactory(ledger).CreateAsync(3);
        var json = BundleJson.Serialize(bundle);
        var record = BundleJson.FromBundle(bundle.Record);
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        return (json, record);
    }
}
