using RentToOwn.Eds.Verification;
using RentToOwn.Platform.Ledger;

namespace RentToOwn.Platform.Signing;

/// <summary>A verified signature on the ledger: what the area stores beside its own record (the receipt is saved with it).</summary>
/// <param name="Cms">The accepted CMS.</param>
/// <param name="SignerIin">Whose signature it is.</param>
/// <param name="Signature">The EDS verifier's result for it.</param>
/// <param name="Certificate">The signer's certificate (DER), when the CMS carries it.</param>
/// <param name="SignedAt">When it was accepted (the ledger record's time).</param>
/// <param name="Receipt">The stored ledger receipt.</param>
public sealed record AcceptedSignature(byte[] Cms, string SignerIin, SignatureValidation Signature, byte[]? Certificate, DateTimeOffset SignedAt,
    StoredReceipt Receipt);
