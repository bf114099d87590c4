namespace RentToOwn.LedgerAdapter.Witnesses;

/// <summary>
/// A checkpoint witness (C2SP tlog-witness): co-signs a checkpoint only after verifying a consistency
/// proof from the last checkpoint it signed. In production the State Corporation's registrar node.
/// </summary>
public interface IWitness
{
    /// <summary>The witness's name (its key name).</summary>
    string Name { get; }

    /// <summary>
    /// Asks for a cosignature of <paramref name="signedCheckpoint"/>, proving it extends the tree of
    /// <paramref name="oldSize"/> leaves the witness last saw. Returns the cosignature line
    /// (<c>— name base64</c>, no newline), or throws <see cref="WitnessRefusedException"/>.
    /// </summary>
    Task<string> AddCheckpointAsync(string signedCheckpoint, long oldSize, IReadOnlyList<byte[]> consistencyProof, CancellationToken cancellationToken = default);
}
