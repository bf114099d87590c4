using Microsoft.Extensions.Time.Testing;
using RentToOwn.LedgerAdapter.Checkpoints;
using RentToOwn.LedgerAdapter.Verification;
using RentToOwn.LedgerAdapter.Witnesses;

namespace RentToOwn.LedgerAdapter.Tests.Verification;

public class CheckpointVerifierTests
{
    private static readonly Checkpoint Cp = new(TestKeys.Origin, 5, Enumerable.Range(0, 32).Select(i => (byte)i).ToArray());

    [Fact]
    public void Note_has_the_C2SP_shape()
    {
        var note = CheckpointSigner.Sign(Cp, TestKeys.Log).Format();
        var lines = note.Split('\n');
        Assert.Equal(TestKeys.Origin, lines[0]);
        Assert.Equal("5", lines[1]);
        Assert.Equal(Convert.ToBase64String(Cp.RootHash), lines[2]);
        Assert.Equal(string.Empty, lines[3]);
        Assert.StartsWith("\u2014 " + TestKeys.Origin + " ", lines[4]);
        var blob = Convert.FromBase64String(lines[4].Split(' ')[2]);
        Assert.Equal(68, blob.Length); // 4-byte key hash + 64-byte Ed25519 signature
        Assert.Equal(TestKeys.Log.VerifierKey.KeyHash, System.Buffers.Binary.BinaryPrimitives.ReadUInt32BigEndian(blob));
    }

    [Fact]
    public void Verifier_keys_round_trip_through_text()
    {
        var text = TestKeys.Witness1.VerifierKey.ToString();
        var parsed = NoteVerifierKey.Parse(text);
        Assert.Equal(TestKeys.Witness1.VerifierKey.PublicKey, parsed.PublicKey);
        Assert.Equal(NoteKeyAlgorithm.CosignatureV1, parsed.Algorithm);
        Assert.Equal(TestKeys.Log.ToPrivateText(), NoteSigningKey.Parse(TestKeys.Log.ToPrivateText()).ToPrivateText());
        Assert.Throws<FormatException>(() => NoteVerifierKey.Parse(text.Replace(text.Split('+')[1], "00000000")));
        Assert.Throws<FormatException>(() => NoteVerifierKey.Parse("nonsense"));
    }

    [Fact]
    public async Task Log_signature_and_witness_threshold_are_enforced()
    {
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero));
        var note = CheckpointSigner.Sign(Cp, TestKeys.Log).Format();
        var witnesses = new[] { TestKeys.Witness1.VerifierKey, TestKeys.Witness2.VerifierKey };
        Assert.Equal(5, CheckpointVerifier.Verify(note, TestKeys.Log.VerifierKey, witnesses, 0).Checkpoint.Size);
        Assert.Contains("0 valid witness", Assert.Throws<VerificationException>(() => CheckpointVerifier.Verify(note, TestKeys.Log.VerifierKey, witnesses, 1)).Message);

        var w1 = new Witness(TestKeys.Witness1, TestKeys.Log.VerifierKey, new InMemoryWitnessStateStore(), time);
        var line = await w1.AddCheckpointAsync(note, 0, []);
        var cosigned = note + line + "\n";
        var result = CheckpointVerifier.Verify(cosigned, TestKeys.Log.VerifierKey, witnesses, 1);
        Assert.Equal((ulong)time.GetUtcNow().ToUnixTimeSeconds(), Assert.Single(result.WitnessTimestamps).Value);
        Assert.Throws<VerificationException>(() => CheckpointVerifier.Verify(cosigned, TestKeys.Log.VerifierKey, witnesses, 2));

        // The same witness twice counts once.
        Assert.Throws<VerificationException>(() => CheckpointVerifier.Verify(cosigned + line + "\n", TestKeys.Log.VerifierKey, witnesses, 2));
    }

    [Fact]
    public void Tampered_or_foreign_checkpoints_fail()
    {
        var note = CheckpointSigner.Sign(Cp, TestKeys.Log).Format();
        var other = NoteSigningKey.FromSeed(TestKeys.Origin, NoteKeyAlgorithm.Ed25519, TestKeys.Seed(77));
        Assert.Throws<VerificationException>(() => CheckpointVerifier.Verify(note.Replace("\n5\n", "\n6\n"), TestKeys.Log.VerifierKey, [], 0));
        Assert.Throws<VerificationException>(() => CheckpointVerifier.Verify(CheckpointSigner.Sign(Cp, other).Format(), TestKeys.Log.VerifierKey, [], 0));
        Assert.Throws<VerificationException>(() => CheckpointVerifier.Verify(note.TrimEnd('\n'), TestKeys.Log.VerifierKey, [], 0));
        var foreignOrigin = CheckpointSigner.Sign(Cp with { Origin = "elsewhere" }, TestKeys.Log).Format();
        Assert.Contains("origin", Assert.Throws<VerificationException>(() => CheckpointVerifier.Verify(foreignOrigin, TestKeys.Log.VerifierKey, [], 0)).Message);
    }
}
