namespace RentToOwn.Platform.Verification.Reports;

/// <summary>What a citizen uploads to the public verifier: a contract PDF and its CMS signatures, and/or an offline bundle.</summary>
/// <param name="Document">The signed PDF (optional with an attached CMS or a bundle).</param>
/// <param name="Signatures">CMS files (detached or attached CAdES); one file may hold several signatures.</param>
/// <param name="Bundle">An offline ledger bundle (JSON).</param>
/// <param name="OversizeFiles">Names of files refused for size before they were read.</param>
/// <param name="StoredDocument">The platform's own stored bytes (a sheet's link), which need not be a PDF (a verdict's findings).</param>
public sealed record VerifierUpload(UploadedFile? Document, IReadOnlyList<UploadedFile> Signatures, UploadedFile? Bundle, IReadOnlyList<string> OversizeFiles,
    bool StoredDocument = false);
