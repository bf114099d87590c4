using RentToOwn.LedgerAdapter.Witnesses;

namespace RentToOwn.LedgerAdapter.Embedded;

/// <summary>
/// Stage 2 of the group commit: has each signed checkpoint cosigned by the witnesses, giving each
/// a consistency proof from the size it last saw. Used by the publisher loop only (one caller at a time).
/// </summary>
internal sealed class WitnessCosigner
{
    private readonly IReadOnlyList<IWitness> witnesses;
    private readonly Func<long, long, IReadOnlyList<byte[]>> consistencyProof;
    private readonly Dictionary<string, long> witnessSizes = [];

    /// <summary>Creates the cosigner; <paramref name="consistencyProof"/> proves the log's tree from one size to another.</summary>
    public WitnessCosigner(IReadOnlyList<IWitness> witnesses, Func<long, long, IReadOnlyList<byte[]>> consistencyProof)
    {
        this.witnesses = witnesses;
        this.consistencyProof = consistencyProof;
    }

    /// <summary>The note with every cosignature the witnesses gave appended (the same note when none did).</summary>
    public async Task<string> CosignAsync(string note, long newSize)
    {
        if (witnesses.Count == 0)
        {
            return note;
        }

        var lines = new List<string>();
        foreach (var witness in witnesses)
        {
            var oldSize = witnessSizes.GetValueOrDefault(witness.Name, -1);
            for (var attempt = 0; attempt < 2; attempt++)
            {
                try
                {
                    var proofFrom = Math.Max(0, oldSize);
                    var proof = consistencyProof(proofFrom, newSize);
                    lines.Add(await witness.AddCheckpointAsync(note, proofFrom, proof));
                    witnessSizes[witness.Name] = newSize;
                    break;
                }
                catch (WitnessRefusedException e) when (e.WitnessSize is { } size && size <= newSize && attempt == 0)
                {
                    oldSize = size; // tlog-witness 409: retry once from the size the witness has.
                }
                catch (WitnessRefusedException)
                {
                    // The checkpoint stays valid with the log signature alone; verifiers enforce their own threshold.
                    break;
                }
            }
        }

        return lines.Count == 0 ? note : note + string.Join("", lines.Select(l => l + "\n"));
    }
}
