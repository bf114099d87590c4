using RentToOwn.LedgerAdapter.Bundles;
using RentToOwn.LedgerAdapter.Checkpoints;
using RentToOwn.LedgerAdapter.Verification;
using RentToOwn.Platform.Verification.Reports;

namespace RentToOwn.Platform.Verification;

/// <summary>Turns LedgerAdapter verification results into report records.</summary>
public static class ProofReports
{
    /// <summary>The checkpoint of a verified bundle: every signature line, which witnesses verified, the threshold.</summary>
    public static CheckpointReport? Checkpoint(string note, CheckpointVerification? verified, NoteVerifierKey logKey, IReadOnlyList<NoteVerifierKey> witnessKeys, int threshold)
    {
        if (verified is null)
        {
            return null;
        }

        var witnesses = new List<WitnessReport>();
        SignedNote parsed;
        try
        {
            parsed = SignedNote.Parse(note);
        }
        catch (FormatException)
        {
            return null;
        }

        foreach (var line in parsed.Signatures.Where(s => !(s.KeyName == logKey.Name && s.KeyHash == logKey.KeyHash)))
        {
            var key = witnessKeys.FirstOrDefault(k => k.Name == line.KeyName && k.KeyHash == line.KeyHash);
            var ok = key is not null && verified.WitnessTimestamps.TryGetValue(key.ToString(), out _);
            DateTimeOffset? at = ok ? DateTimeOffset.FromUnixTimeSeconds((long)verified.WitnessTimestamps[key!.ToString()]) : null;
            witnesses.Add(new WitnessReport(line.KeyName, $"{line.KeyHash:x8}", key is not null, ok, at));
        }

        foreach (var missing in witnessKeys.Where(k => !witnesses.Any(w => w.Name == k.Name && w.KeyHash == $"{k.KeyHash:x8}")))
        {
            witnesses.Add(new WitnessReport(missing.Name, $"{missing.KeyHash:x8}", true, false, null));
        }

        var c = verified.Checkpoint;
        return new CheckpointReport(c.Origin, c.Size, Convert.ToHexStringLower(c.RootHash), true, witnesses,
            verified.WitnessTimestamps.Count, threshold);
    }

    /// <summary>Per-record EVM mode: the record's own transaction in the SigningRegistry (status recorded, not_recorded or not_checked).</summary>
    public static AnchorReport Record(Ledger.Evm.OnChainRecord r) => new(r.Status, r.Message, r.ChainId, r.Contract, r.TransactionHash, r.BlockNumber);

    /// <summary>The anchor of a bundle and what became of it.</summary>
    public static AnchorReport Anchor(BundleAnchor? anchor, AnchorStatus status) => (anchor, status) switch
    {
        (null, _) => new AnchorReport("none", "no EVM or Fabric anchor published for this checkpoint yet: anchor not checked"),
        (_, AnchorStatus.Verified) => new AnchorReport("verified",
            RentToOwn.LedgerAdapter.Fabric.FabricAnchorChain.IsFabric(anchor.Contract)
                ? $"anchor confirmed on Fabric ({anchor.Contract}): qscc GetTransactionByID found transaction {anchor.TransactionHash} VALID in block {anchor.BlockNumber}"
                : "anchor verified on chain",
            anchor.ChainId, anchor.Contract, anchor.TransactionHash, anchor.BlockNumber, anchor.TreeSize),
        _ => new AnchorReport("not_checked", "anchor not checked (no node configured or reachable); the anchored tree is consistent with the checkpoint",
            anchor.ChainId, anchor.Contract, anchor.TransactionHash, anchor.BlockNumber, anchor.TreeSize),
    };
}
