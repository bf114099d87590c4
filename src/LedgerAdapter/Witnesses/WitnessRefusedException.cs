namespace RentToOwn.LedgerAdapter.Witnesses;

/// <summary>A witness refused to cosign (bad signature, fork, rollback, or a stale old size).</summary>
/// <param name="message">Why.</param>
/// <param name="witnessSize">For a stale old size (tlog-witness 409 Conflict): the size the witness has; else null.</param>
public sealed class WitnessRefusedException(string message, long? witnessSize = null) : Exception(message)
{
    /// <summary>The tree size the witness last cosigned, when the refusal is an old-size conflict.</summary>
    public long? WitnessSize { get; } = witnessSize;
}
