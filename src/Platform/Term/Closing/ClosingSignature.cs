using RentToOwn.Platform.Signing;

namespace RentToOwn.Platform.Term.Closing;

/// <summary>
/// One verified EDS signature over a closing document, with its ledger receipt. <see cref="StoredSignature.Step"/>:
/// letter 0 = KTK head; transfer 0 = tenant, 1 = KTK head.
/// </summary>
public sealed class ClosingSignature : StoredSignature
{
    /// <summary>The closing.</summary>
    public Guid ClosingId { get; set; }

    /// <summary>Which document.</summary>
    public ClosingDocumentKind Document { get; set; }
}
