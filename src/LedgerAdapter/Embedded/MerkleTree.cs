using RentToOwn.LedgerAdapter.Verification;

namespace RentToOwn.LedgerAdapter.Embedded;

/// <summary>
/// The in-memory RFC 6962 tree: every complete aligned subtree hash, level by level (level 0 = leaf
/// hashes; level l holds size &gt;&gt; l nodes). Appends are incremental (O(1) amortised hashing); roots,
/// inclusion proofs (RFC 6962 §2.1.1 PATH) and consistency proofs (§2.1.2 SUBPROOF) need only
/// O(log n) node reads. Memory: about 64 bytes per leaf. Not thread-safe: the owner locks.
/// </summary>
internal sealed class MerkleTree
{
    private readonly List<HashList> levels = [new HashList()];

    public long Size => levels[0].Count;

    public void Append(ReadOnlySpan<byte> leafHash)
    {
        levels[0].Add(leafHash);
        var index = levels[0].Count - 1;
        for (var level = 0; (index & 1) == 1; level++)
        {
            if (levels.Count == level + 1)
            {
                levels.Add(new HashList());
            }

            levels[level + 1].Add(Rfc6962.NodeHash(levels[level].Get(index - 1), levels[level].Get(index)));
            index >>= 1;
        }
    }

    public void Truncate(long size)
    {
        for (var level = 0; level < levels.Count; level++)
        {
            levels[level].Truncate(size >> level);
        }
    }

    public byte[] LeafHash(long index) => levels[0].Get(index).ToArray();

    public byte[] Root(long size, Dictionary<long, byte[]>? memo = null) =>
        size == 0 ? Rfc6962.EmptyRoot() : SubtreeHash(0, size, memo);

    /// <summary>MTH(D[start:end]); <paramref name="memo"/> caches right-edge ranges for one fixed tree size.</summary>
    public byte[] SubtreeHash(long start, long end, Dictionary<long, byte[]>? memo = null)
    {
        var n = end - start;
        if ((n & (n - 1)) == 0)
        {
            var level = System.Numerics.BitOperations.Log2((ulong)n);
            if ((start & (n - 1)) == 0 && level < levels.Count && (start >> level) < levels[level].Count)
            {
                return levels[level].Get(start >> level).ToArray();
            }
        }

        if (memo is not null && memo.TryGetValue(start, out var cached))
        {
            return cached;
        }

        var k = LargestPowerOfTwoBelow(n);
        var hash = Rfc6962.NodeHash(SubtreeHash(start, start + k, memo), SubtreeHash(start + k, end, memo));
        memo?.TryAdd(start, hash);
        return hash;
    }

    public List<byte[]> InclusionProof(long index, long size, Dictionary<long, byte[]>? memo = null)
    {
        if (index < 0 || index >= size || size > Size)
        {
            throw new ArgumentOutOfRangeException(nameof(index), $"leaf {index} is not in a tree of size {size} (log size {Size})");
        }

        var proof = new List<byte[]>();
        Path(index, 0, size, proof, memo);
        return proof;
    }

    public List<byte[]> ConsistencyProof(long size1, long size2)
    {
        if (size1 < 0 || size1 > size2 || size2 > Size)
        {
            throw new ArgumentOutOfRangeException(nameof(size1), $"no consistency proof from {size1} to {size2} (log size {Size})");
        }

        var proof = new List<byte[]>();
        if (size1 > 0 && size1 < size2)
        {
            SubProof(size1, 0, size2, true, proof);
        }

        return proof;
    }

    private void Path(long m, long start, long end, List<byte[]> proof, Dictionary<long, byte[]>? memo)
    {
        var n = end - start;
        if (n == 1)
        {
            return;
        }

        var k = LargestPowerOfTwoBelow(n);
        if (m < k)
        {
            Path(m, start, start + k, proof, memo);
            proof.Add(SubtreeHash(start + k, end, memo));
        }
        else
        {
            Path(m - k, start + k, end, proof, memo);
            proof.Add(SubtreeHash(start, start + k, memo));
        }
    }

    private void SubProof(long m, long start, long end, bool complete, List<byte[]> proof)
    {
        var n = end - start;
        if (m == n)
        {
            if (!complete)
            {
                proof.Add(SubtreeHash(start, end));
            }

            return;
        }

        var k = LargestPowerOfTwoBelow(n);
        if (m <= k)
        {
            SubProof(m, start, start + k, complete, proof);
            proof.Add(SubtreeHash(start + k, end));
        }
        else
        {
            SubProof(m - k, start + k, end, false, proof);
            proof.Add(SubtreeHash(start, start + k));
        }
    }

    private static long LargestPowerOfTwoBelow(long n) => 1L << System.Numerics.BitOperations.Log2((ulong)(n - 1));
}
