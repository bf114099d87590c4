using RentToOwn.Platform.Ledger;
using RentToOwn.Platform.VideoSessions.Model;

namespace RentToOwn.Platform.VideoSessions.Verdicts;

/// <summary>A recorded verdict as other code and the API see it.</summary>
/// <param name="SessionId">The session.</param>
/// <param name="SubjectId">The application or contract.</param>
/// <param name="Kind">Registration or TerminationAndOwnership.</param>
/// <param name="Confirmed">The registrar's decision.</param>
/// <param name="SignaturesAuthentic">Checklist: signatures authentic.</param>
/// <param name="LegalCapacity">Checklist: legal capacity.</param>
/// <param name="FreeWill">Checklist: free will.</param>
/// <param name="SpousesPresent">Checklist: both spouses present (A.23).</param>
/// <param name="Remark">The registrar's remark.</param>
/// <param name="DocumentBase64">The signed findings (serialized <c>VideoSessionFindings</c>, what the cadastre verifies).</param>
/// <param name="SignatureBase64">The registrar's detached CAdES over it.</param>
/// <param name="CertificateFingerprint">SHA-256 of the registrar's certificate.</param>
/// <param name="RecordedAt">When it was recorded.</param>
/// <param name="LedgerIndex">Leaf index on the ledger (from the linked receipt).</param>
/// <param name="LedgerReceipt">The ledger receipt (JSON, from the linked receipt).</param>
/// <param name="ReceiptId">The linked receipt (<c>ledger_receipts</c>), as every ledger-backed row links it.</param>
public sealed record RegistrarVerdictView(
    Guid SessionId, string SubjectId, string Kind, bool Confirmed, bool SignaturesAuthentic, bool LegalCapacity, bool FreeWill,
    bool SpousesPresent, string Remark, string DocumentBase64, string SignatureBase64, string CertificateFingerprint,
    DateTimeOffset RecordedAt, long LedgerIndex, string LedgerReceipt, Guid ReceiptId)
{
    /// <summary>Builds the view.</summary>
    public static RegistrarVerdictView From(VideoSession s, RegistrarVerdict v, StoredReceipt receipt) => new(
        s.Id, s.SubjectId, s.Kind.ToString(), v.Confirmed, v.SignaturesAuthentic, v.LegalCapacity, v.FreeWill, v.SpousesPresent, v.Remark,
        Convert.ToBase64String(v.Document), Convert.ToBase64String(v.Signature), v.CertificateFingerprint, v.RecordedAt, receipt.LeafIndex,
        receipt.ReceiptJson, receipt.Id);
}
