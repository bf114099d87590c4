using RentToOwn.LedgerAdapter.Checkpoints;
using RentToOwn.LedgerAdapter.Remote;
using RentToOwn.LedgerAdapter.Verification;

namespace RentToOwn.LedgerAdapter.Tests.Remote;

/// <summary>What a client of the log service accepts as the log's latest checkpoint (issue 17 §2).</summary>
public class ReceiptCheckTests
{
    private static readonly ReceiptCheck Check = new(TestKeys.Log.VerifierKey, [TestKeys.Witness1.VerifierKey], 1);

    [Fact]
    public void A_new_logs_empty_tree_needs_only_the_log_signature_so_a_platform_can_start_on_a_fresh_service()
    {
        var empty = CheckpointSigner.Sign(new Checkpoint(TestKeys.Origin, 0, Rfc6962.EmptyRoot()), TestKeys.Log).Format();
        Assert.Equal(0, Check.Checkpoint(empty).Size);
    }

    [Fact]
    public void A_non_empty_checkpoint_without_the_witness_or_an_empty_one_signed_by_another_key_is_refused()
    {
        var five = CheckpointSigner.Sign(new Checkpoint(TestKeys.Origin, 5, new byte[32]), TestKeys.Log).Format();
        Assert.Contains("0 valid witness", Assert.Throws<VerificationException>(() => Check.Checkpoint(five)).Message);

        var forged = CheckpointSigner.Sign(new Checkpoint(TestKeys.Origin, 0, Rfc6962.EmptyRoot()),
            NoteSigningKey.FromSeed(TestKeys.Origin, NoteKeyAlgorithm.Ed25519, TestKeys.Seed(7))).Format();
        Assert.Throws<VerificationException>(() => Check.Checkpoint(forged));
    }
}
