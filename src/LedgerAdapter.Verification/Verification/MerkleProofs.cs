namespace RentToOwn.LedgerAdapter.Verification;

/// <summary>
/// Verifies RFC 9162 §2.1.3.2 inclusion proofs and §2.1.4.2 consistency proofs. Pure functions over
/// hashes: no storage, no I/O.
/// A caller MUST still check that the root it verifies against comes from a checkpoint whose
/// signatures it has verified (<see cref="CheckpointVerifier"/>), and that the leaf hash was
/// computed by itself from the entry bytes it cares about (<see cref="Rfc6962.LeafHash"/>).
/// </summary>
public static class MerkleProofs
{
    /// <summary>True when <paramref name="proof"/> shows leaf <paramref name="index"/> with hash
    /// <paramref name="leafHash"/> is in the tree of <paramref name="treeSize"/> leaves with <paramref name="root"/>.</summary>
    public static bool VerifyInclusion(long index, long treeSize, ReadOnlySpan<byte> leafHash, IReadOnlyList<byte[]> proof, ReadOnlySpan<byte> root)
    {
        if (index < 0 || index >= treeSize || leafHash.Length != Rfc6962.HashSize || root.Length != Rfc6962.HashSize)
        {
            return false;
        }

        var fn = index;
        var sn = treeSize - 1;
        var r = leafHash.ToArray();
        foreach (var p in proof)
        {
            if (sn == 0 || p is null || p.Length != Rfc6962.HashSize)
            {
                return false;
            }

            if ((fn & 1) == 1 || fn == sn)
            {
                r = Rfc6962.NodeHash(p, r);
                while ((fn & 1) == 0 && fn != 0)
                {
                    fn >>= 1;
                    sn >>= 1;
                }
            }
            else
            {
                r = Rfc6962.NodeHash(r, p);
            }

            fn >>= 1;
            sn >>= 1;
        }

        return sn == 0 && r.AsSpan().SequenceEqual(root);
    }

    /// <summary>True when <paramref name="proof"/> shows the tree (<paramref name="size1"/>, <paramref name="root1"/>)
    /// is a prefix of (<paramref name="size2"/>, <paramref name="root2"/>): an append-only extension, no fork.</summary>
    public static bool VerifyConsistency(long size1, long size2, ReadOnlySpan<byte> root1, ReadOnlySpan<byte> root2, IReadOnlyList<byte[]> proof)
    {
        if (size1 < 0 || size1 > size2 || root1.Length != Rfc6962.HashSize || root2.Length != Rfc6962.HashSize)
        {
            return false;
        }

        if (size1 == size2)
        {
            return proof.Count == 0 && root1.SequenceEqual(root2);
        }

        if (size1 == 0)
        {
            // The empty tree is a prefix of every tree; RFC 9162 defines no proof for it.
            return proof.Count == 0;
        }

        var path = new List<byte[]>(proof.Count + 1);
        if ((size1 & (size1 - 1)) == 0)
        {
            path.Add(root1.ToArray());
        }

        path.AddRange(proof);
        if (path.Count == 0 || path.Any(p => p is null || p.Length != Rfc6962.HashSize))
        {
            return false;
        }

        var fn = size1 - 1;
        var sn = size2 - 1;
        while ((fn & 1) == 1)
        {
            fn >>= 1;
            sn >>= 1;
        }

        var fr = path[0];
        var sr = path[0];
        for (var i = 1; i < path.Count; i++)
        {
            var c = path[i];
            if (sn == 0)
            {
                return false;
            }

            if ((fn & 1) == 1 || fn == sn)
            {
                fr = Rfc6962.NodeHash(c, fr);
                sr = Rfc6962.NodeHash(c, sr);
                while ((fn & 1) == 0 && fn != 0)
                {
                    fn >>= 1;
                    sn >>= 1;
                }
            }
            else
            {
                sr = Rfc6962.NodeHash(sr, c);
            }

            fn >>= 1;
            sn >>= 1;
        }

        return sn == 0 && fr.AsSpan().SequenceEqual(root1) && sr.AsSpan().SequenceEqual(root2);
    }
}
