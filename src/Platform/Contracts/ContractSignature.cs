using RentToOwn.Platform.Signing;

namespace RentToOwn.Platform.Contracts;

/// <summary>
/// One accepted signature over a lease's contract PDF (A.18), in signing order: <see cref="StoredSignature.Step"/> 0 =
/// tenant, then the spouse and the guarantors in order, KTK's head last.
/// </summary>
public sealed class ContractSignature : StoredSignature
{
    /// <summary>The lease whose contract was signed.</summary>
    public Guid LeaseId { get; set; }
}
