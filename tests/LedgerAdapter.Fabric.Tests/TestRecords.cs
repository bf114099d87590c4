using System.Text;
using Microsoft.Extensions.Time.Testing;
using RentToOwn.LedgerAdapter.Checkpoints;
using RentToOwn.LedgerAdapter.Embedded;
using RentToOwn.LedgerAdapter.Records;
using RentToOwn.LedgerAdapter.Witnesses;

namespace RentToOwn.LedgerAdapter.Fabric.Tests;

/// <summary>TEST keys and records (never used outside tests).</summary>
internal static class TestRecords
{
    public const string Origin = "test.rto.kz/fabric-ledger";

    public static readonly NoteSigningKey Log = NoteSigningKey.FromSeed(Origin, NoteKeyAlgorithm.Ed25519, Seed(11));
    public static readonly NoteSigningKey Witness = NoteSigningKey.FromSeed("test.rto.kz/fabric-witness", NoteKeyAlgorithm.CosignatureV1, Seed(12));
    private static readonly byte[] Secret = Seed(19);

    public static byte[] Seed(byte b) => Enumerable.Repeat(b, 32).ToArray();

    /// <summary>A record unique to this run (the network is shared by the tests of one run).</summary>
    public static SigningRecord Record(string subject, int n, RecordKind kind = RecordKind.SignatureAdded) => new(
        kind,
        subject,
        Sha256Digest.Of(Encoding.UTF8.GetBytes($"document {subject} {n}")),
        Sha256Digest.Of(Encoding.UTF8.GetBytes($"cms {subject} {n}")),
        SignerReference.From(Secret, "900101300123"),
        Sha256Digest.Of(Encoding.UTF8.GetBytes("certificate")),
        "tenant",
        new DateTimeOffset(2026, 12, 6, 10, 0, 0, TimeSpan.Zero).AddSeconds(n));

    // Letters only: a hex GUID has a run of 12+ digits about 7 % of the time, which the ledger refuses as a possible IIN/BIN.
    public static string Subject(string name) => $"{name}-{string.Concat(Guid.NewGuid().ToByteArray().Select(b => (char)('a' + b % 26)))}";

    /// <summary>An embedded log in a folder under <paramref name="parent"/> (the network folder, removed at the end).</summary>
    public static EmbeddedLedger OpenEmbedded(string parent)
    {
        var dir = Path.Combine(parent, "embedded-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(dir);
        return EmbeddedLedger.Open(new EmbeddedLedgerOptions { DatabasePath = Path.Combine(dir, "ledger.db") }, Log,
            [new Witness(Witness, Log.VerifierKey, new InMemoryWitnessStateStore(), new FakeTimeProvider(DateTimeOffset.UtcNow))]);
    }

    public static byte[] RandomHash() => System.Security.Cryptography.RandomNumberGenerator.GetBytes(32);
}
