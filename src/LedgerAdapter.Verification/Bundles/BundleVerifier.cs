using RentToOwn.LedgerAdapter.Checkpoints;
using RentToOwn.LedgerAdapter.Records;
using RentToOwn.LedgerAdapter.Verification;

namespace RentToOwn.LedgerAdapter.Bundles;

/// <summary>
/// Verifies an offline bundle with only public keys: the record's canonical encoding and leaf hash,
/// its inclusion in the checkpoint, the checkpoint's log signature and witness threshold, and the
/// EVM anchor (offline consistency; online confirmation when <paramref name="chain"/> is given and reachable).
/// A caller MUST still: get the keys out of band; compare the record's document/CMS hashes with the
/// document it holds; and check the checkpoint is consistent with the latest checkpoint it trusts
/// (a bundle alone cannot show the log never forked after it — witnesses are what make that visible).
/// </summary>
/// <param name="logKey">The log's verifier key.</param>
/// <param name="witnessKeys">Trusted witness keys.</param>
/// <param name="witnessThreshold">Required distinct witness cosignatures.</param>
/// <param name="chain">A chain reader for anchors, or null to leave anchors "not checked".</param>
public sealed class BundleVerifier(NoteVerifierKey logKey, IReadOnlyList<NoteVerifierKey> witnessKeys, int witnessThreshold, IAnchorChain? chain = null)
{
    /// <summary>Verifies bundle JSON text.</summary>
    public async Task<BundleVerificationResult> VerifyAsync(string json, CancellationToken cancellationToken = default)
    {
        try
        {
            return await VerifyAsync(BundleJson.Deserialize(json), cancellationToken);
        }
        catch (FormatException e)
        {
            return BundleVerificationResult.Fail(e.Message);
        }
    }

    /// <summary>Verifies a parsed bundle.</summary>
    public async Task<BundleVerificationResult> VerifyAsync(LedgerBundle bundle, CancellationToken cancellationToken = default)
    {
        try
        {
            if (bundle.Format != LedgerBundle.CurrentFormat)
            {
                throw new VerificationException($"bundle: format '{bundle.Format}' is not {LedgerBundle.CurrentFormat}");
            }

            var record = BundleJson.FromBundle(bundle.Record);
            var leafHash = Rfc6962.LeafHash(SigningRecordCodec.Encode(record));
            var checkpoint = CheckpointVerifier.Verify(bundle.Checkpoint, logKey, witnessKeys, witnessThreshold);
            var proof = bundle.InclusionProof.Select((h, i) => BundleJson.HashFromHex(h, $"inclusionProof[{i}]")).ToList();
            if (!MerkleProofs.VerifyInclusion(bundle.LeafIndex, checkpoint.Checkpoint.Size, leafHash, proof, checkpoint.Checkpoint.RootHash))
            {
                throw new VerificationException(
                    $"inclusion: record at leaf {bundle.LeafIndex} is not in the checkpoint's tree of size {checkpoint.Checkpoint.Size} (record, index or proof altered)");
            }

            var anchorStatus = AnchorStatus.None;
            if (bundle.Anchor is { } a)
            {
                var anchor = new LedgerAnchor(a.ChainId, a.Contract, a.TransactionHash, a.BlockNumber, a.TreeSize, BundleJson.HashFromHex(a.RootHash, "anchor.rootHash"));
                var anchorProof = a.ConsistencyProof.Select((h, i) => BundleJson.HashFromHex(h, $"anchor.consistencyProof[{i}]")).ToList();
                anchorStatus = await AnchorVerifier.VerifyAsync(anchor, anchorProof, checkpoint.Checkpoint, bundle.LeafIndex, chain, cancellationToken: cancellationToken);
            }

            if (bundle.Fabric is { } f)
            {
                CheckFabric(f, bundle.Anchor);
            }

            var summary = $"record {bundle.LeafIndex} ({record.Kind}, subject {record.SubjectId}) is in {checkpoint.Checkpoint.Origin} at size {checkpoint.Checkpoint.Size}, "
                + $"log signature ok, {checkpoint.WitnessTimestamps.Count} witness cosignature(s)"
                + anchorStatus switch
                {
                    AnchorStatus.Verified => ", anchor verified on chain",
                    AnchorStatus.NotChecked => ", anchor not checked (no node reachable)",
                    _ => string.Empty,
                }
                + (bundle.Fabric is { } t
                    ? $"; Fabric {t.Function} transaction {t.TransactionId} in block {t.BlockNumber} ({t.ValidationCode}) on channel {t.Channel}, chaincode {t.Chaincode}"
                        + (t.Function == "anchor" && anchorStatus == AnchorStatus.Verified ? ", confirmed by the peer (qscc)" : ", not checked on a peer")
                    : string.Empty);
            return new BundleVerificationResult(true, summary, record, checkpoint, anchorStatus) { Fabric = bundle.Fabric };
        }
        catch (Exception e) when (e is VerificationException or FormatException)
        {
            return BundleVerificationResult.Fail(e.Message);
        }
    }

    // Offline checks of the optional Fabric member: well-formed, and the same transaction as a Fabric anchor.
    private static void CheckFabric(BundleFabricTransaction f, BundleAnchor? anchor)
    {
        if (f.Function is not ("record" or "anchor"))
        {
            throw new VerificationException($"fabric: function '{f.Function}' is not record or anchor");
        }

        if (f.TransactionId.Length != 64 || f.TransactionId.AsSpan().ContainsAnyExcept("0123456789abcdef") || f.BlockNumber < 0
            || string.IsNullOrEmpty(f.Channel) || string.IsNullOrEmpty(f.Chaincode) || string.IsNullOrEmpty(f.ValidationCode))
        {
            throw new VerificationException("fabric: transaction id (64 lower-case hex), block, channel, chaincode and validation code are required");
        }

        if (f.Function == "anchor" && (anchor is null || anchor.Contract != f.Contract || anchor.TransactionHash != f.TransactionId || anchor.BlockNumber != f.BlockNumber))
        {
            throw new VerificationException("fabric: the anchor transaction does not match the bundle's anchor");
        }
    }
}
