using RentToOwn.LedgerAdapter.Embedded;
using RentToOwn.LedgerAdapter.Verification;

namespace RentToOwn.LedgerAdapter.Tests.Verification;

public class MerkleTreeTests
{
    // Test leaves and roots of the RFC 6962 reference test data used by Certificate Transparency
    // (github.com/google/certificate-transparency-go, merkletree tests / RFC 6962 reference vectors).
    private static readonly string[] Leaves = ["", "00", "10", "2021", "3031", "40414243", "5051525354555657", "606162636465666768696a6b6c6d6e6f"];

    private static readonly string[] Roots =
    [
        "6e340b9cffb37a989ca544e6bb780a2c78901d3fb33738768511a30617afa01d",
        "fac54203e7cc696cf0dfcb42c92a1d9dbaf70ad9e621f4bd8d98662f00e3c125",
        "aeb6bcfe274b70a14fb067a5e5578264db0fa9b51af5e0ba159158f329e06e77",
        "d37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7",
        "4e3bbb1f7b478dcfe71fb631631519a3bca12c9aefca1612bfce4c13a86264d4",
        "76e67dadbcdf1e10e1b74ddc608abd2f98dfb16fbce75277b5232a127f2087ef",
        "ddb89be403809e325750d3d263cd78929c2942b7942a34b77e122c9594a74c8c",
        "5dc9da79a70659a9ad559cb701ded9a2ab9d823aad2f4960cfe370eff4604328",
    ];

    [Fact]
    public void Roots_match_the_RFC6962_reference_vectors()
    {
        var tree = new MerkleTree();
        for (var i = 0; i < Leaves.Length; i++)
        {
            tree.Append(Rfc6962.LeafHash(Convert.FromHexString(Leaves[i])));
            Assert.Equal(Roots[i], Convert.ToHexStringLower(tree.Root(i + 1)));
        }

        Assert.Equal("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855", Convert.ToHexStringLower(tree.Root(0)));
    }

    [Fact]
    public void Every_inclusion_and_consistency_proof_verifies_and_tampering_fails()
    {
        var tree = new MerkleTree();
        var leafHashes = Enumerable.Range(0, 70).Select(i => Rfc6962.LeafHash(BitConverter.GetBytes(i))).ToList();
        foreach (var h in leafHashes)
        {
            tree.Append(h);
        }

        for (long size = 1; size <= 70; size++)
        {
            var root = tree.Root(size);
            Assert.Equal(NaiveRoot(leafHashes.Take((int)size).ToList()), root);
            for (long i = 0; i < size; i++)
            {
                var proof = tree.InclusionProof(i, size);
                Assert.True(MerkleProofs.VerifyInclusion(i, size, leafHashes[(int)i], proof, root), $"inclusion {i}/{size}");
                Assert.False(MerkleProofs.VerifyInclusion(i, size, leafHashes[(int)((i + 1) % 70)], proof, root));
                if (proof.Count > 0)
                {
                    var bad = proof.Select(p => (byte[])p.Clone()).ToList();
                    bad[^1][0] ^= 1;
                    Assert.False(MerkleProofs.VerifyInclusion(i, size, leafHashes[(int)i], bad, root));
                    Assert.False(MerkleProofs.VerifyInclusion(i, size, leafHashes[(int)i], proof.Take(proof.Count - 1).ToList(), root));
                }
            }

            for (long old = 0; old <= size; old++)
            {
                var proof = tree.ConsistencyProof(old, size);
                Assert.True(MerkleProofs.VerifyConsistency(old, size, tree.Root(old), root, proof), $"consistency {old}->{size}");
                if (old > 0 && old < size)
                {
                    Assert.False(MerkleProofs.VerifyConsistency(old, size, tree.Root(old), tree.Root(size - 1 == old ? old : size - 1), proof));
                    var bad = proof.Select(p => (byte[])p.Clone()).ToList();
                    bad[0][5] ^= 0x80;
                    Assert.False(MerkleProofs.VerifyConsistency(old, size, tree.Root(old), root, bad));
                }
            }
        }
    }

    [Fact]
    public void Truncate_restores_the_earlier_tree()
    {
        var tree = new MerkleTree();
        for (var i = 0; i < 37; i++)
        {
            tree.Append(Rfc6962.LeafHash([(byte)i]));
        }

        var root20 = tree.Root(20);
        tree.Truncate(20);
        Assert.Equal(20, tree.Size);
        Assert.Equal(root20, tree.Root(20));
        tree.Append(Rfc6962.LeafHash([20]));
        Assert.Equal(21, tree.Size);
    }

    [Fact]
    public void Out_of_range_proofs_and_bad_verifier_input_are_refused()
    {
        var tree = new MerkleTree();
        tree.Append(Rfc6962.LeafHash([1]));
        Assert.Throws<ArgumentOutOfRangeException>(() => tree.InclusionProof(1, 1));
        Assert.Throws<ArgumentOutOfRangeException>(() => tree.ConsistencyProof(1, 2));
        Assert.False(MerkleProofs.VerifyInclusion(-1, 1, new byte[32], [], new byte[32]));
        Assert.False(MerkleProofs.VerifyConsistency(2, 1, new byte[32], new byte[32], []));
        Assert.False(MerkleProofs.VerifyInclusion(0, 1, new byte[31], [], new byte[32]));
    }

    private static byte[] NaiveRoot(List<byte[]> leaves)
    {
        if (leaves.Count == 1)
        {
            return leaves[0];
        }

        var k = 1;
        while (k * 2 < leaves.Count)
        {
            k *= 2;
        }

        return Rfc6962.NodeHash(NaiveRoot(leaves[..k]), NaiveRoot(leaves[k..]));
    }
}
