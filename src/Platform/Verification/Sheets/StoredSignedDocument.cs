namespace RentToOwn.Platform.Verification.Sheets;

/// <summary>Which signed document a sheet is for.</summary>
public enum SignedDocumentKind
{
    /// <summary>The rent-to-own contract (A.17–A.18).</summary>
    Contract,

    /// <summary>KTK's closing letter (A.29).</summary>
    Letter,

    /// <summary>The transfer contract (A.29).</summary>
    Transfer,

    /// <summary>The registrar's signed verdict of a registration's video session (A.21, A.30).</summary>
    Verdict,

    /// <summary>The cadastre's registration result (A.25–A.28): its event message, unsigned, whose SHA-256 is on the ledger.</summary>
    RegistrationResult,
}

/// <summary>A signed document the platform holds: its exact bytes and the accepted CMS signatures, in signing order.</summary>
/// <param name="Kind">Which document.</param>
/// <param name="Number">Its number (contract or letter number).</param>
/// <param name="LeaseId">The lease it belongs to (decides who may download its sheet).</param>
/// <param name="Content">The signed PDF bytes.</param>
/// <param name="Signatures">Accepted signatures in order.</param>
/// <param name="LedgerIndex">An unsigned document's own ledger record (the registration result), checked through its offline bundle.</param>
public sealed record StoredSignedDocument(SignedDocumentKind Kind, string Number, Guid LeaseId, byte[] Content, IReadOnlyList<StoredSignature> Signatures,
    long? LedgerIndex = null);

/// <summary>One accepted signature of a stored document.</summary>
/// <param name="Role">tenant, guarantor, ktk-head, registrar.</param>
/// <param name="Cms">The detached CAdES.</param>
/// <param name="SignedAt">When the platform accepted it.</param>
public sealed record StoredSignature(string Role, byte[] Cms, DateTimeOffset SignedAt);

/// <summary>Finds a stored signed document by the lowercase hex SHA-256 of its bytes.</summary>
public interface ISignedDocumentSource
{
    /// <summary>The document, or null when this source holds none with that hash.</summary>
    Task<StoredSignedDocument?> FindAsync(string sha256, CancellationToken ct);
}
