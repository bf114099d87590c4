using RentToOwn.LedgerAdapter.Bundles;
using RentToOwn.LedgerAdapter.Checkpoints;
using RentToOwn.LedgerAdapter.Records;
using RentToOwn.LedgerAdapter.Verification;

namespace RentToOwn.LedgerAdapter.Tests.Verification;

/// <summary>Issue 11 part 3: verification is its own assembly, which a bank or notary can use without any storage package.</summary>
public class VerificationAssemblyTests
{
    private static readonly string[] Forbidden =
        ["Microsoft.Data.Sqlite", "SQLitePCL", "Microsoft.EntityFrameworkCore", "Npgsql", "Quartz", "Nethereum", "Grpc", "Google.Protobuf", "RentToOwn.LedgerAdapter"];

    [Fact]
    public void Bundles_checkpoints_proofs_and_records_live_in_the_verification_assembly()
    {
        var assembly = typeof(BundleVerifier).Assembly;
        Assert.Equal("RentToOwn.LedgerAdapter.Verification", assembly.GetName().Name);
        Assert.All(new[] { typeof(CheckpointVerifier), typeof(MerkleProofs), typeof(AnchorVerifier), typeof(NoteVerifierKey), typeof(SigningRecordCodec), typeof(ReceiptJson), typeof(LedgerReceipt) },
            t => Assert.Same(assembly, t.Assembly));
    }

    [Fact]
    public void The_verification_assembly_references_no_storage_scheduling_or_ledger_backend_assembly()
    {
        var references = typeof(BundleVerifier).Assembly.GetReferencedAssemblies().Select(a => a.Name!).ToList();
        Assert.Contains("BouncyCastle.Cryptography", references);
        foreach (var name in references)
        {
            Assert.DoesNotContain(Forbidden, f => name == f || name.StartsWith(f + ".", StringComparison.Ordinal));
        }
    }
}
