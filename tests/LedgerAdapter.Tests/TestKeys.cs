using RentToOwn.LedgerAdapter.Checkpoints;
using RentToOwn.LedgerAdapter.Records;

namespace RentToOwn.LedgerAdapter.Tests;

/// <summary>Deterministic TEST keys and records (never used outside tests).</summary>
internal static class TestKeys
{
    public const string Origin = "test.rto.kz/ledger";

    public static readonly NoteSigningKey Log = NoteSigningKey.FromSeed(Origin, NoteKeyAlgorithm.Ed25519, Seed(1));
    public static readonly NoteSigningKey Witness1 = NoteSigningKey.FromSeed("test.rto.kz/witness-1", NoteKeyAlgorithm.CosignatureV1, Seed(2));
    public static readonly NoteSigningKey Witness2 = NoteSigningKey.FromSeed("test.rto.kz/witness-2", NoteKeyAlgorithm.CosignatureV1, Seed(3));
    public static readonly byte[] DeploymentSecret = Seed(9);

    public static byte[] Seed(byte b) => Enumerable.Repeat(b, 32).ToArray();

    public static SigningRecord Record(string subject = "contract-0001", int n = 0, string iin = "900101300123") => new(
        RecordKind.SignatureAdded,
        subject,
        Sha256Digest.Of(System.Text.Encoding.UTF8.GetBytes($"document {n}")),
        Sha256Digest.Of(System.Text.Encoding.UTF8.GetBytes($"cms {n}")),
        SignerReference.From(DeploymentSecret, iin),
        Sha256Digest.Of(System.Text.Encoding.UTF8.GetBytes("certificate")),
        "tenant",
        new DateTimeOffset(2026, 3, 1, 10, 0, 0, 123, TimeSpan.Zero));

    public static string TempDir()
    {
        var dir = Path.Combine(Path.GetTempPath(), "rto-ledger-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(dir);
        return dir;
    }
}
