using RentToOwn.Platform.Verification.Reports;

namespace RentToOwn.Platform.Verification.Sheets;

/// <summary>What a verification sheet prints (its JSON is the PDF's digest: same sheet → same bytes).</summary>
/// <param name="Language">kk or ru.</param>
/// <param name="DocumentName">e.g. "Договор аренды с правом выкупа № RTO-2026-000001".</param>
/// <param name="DocumentSha256">SHA-256 of the signed bytes.</param>
/// <param name="Signers">Each signature, in signing order.</param>
/// <param name="Entry">The ledger entry the QR link names (the last signature's) with its checkpoint.</param>
/// <param name="VerifyUrl">The public verifier link in the QR code.</param>
public sealed record VerificationSheet(string Language, string DocumentName, string DocumentSha256, IReadOnlyList<SheetSigner> Signers,
    SheetEntry Entry, string VerifyUrl);

/// <summary>One signer: the IIN masked (A.39–A.40), role, signing time and the signing certificate.</summary>
public sealed record SheetSigner(string Role, string? Name, string? MaskedIin, DateTimeOffset? SignedAt, string Indication,
    string? CertificateSubject, string? CertificateSerial, string? CertificateIssuer, DateTimeOffset? ValidFrom, DateTimeOffset? ValidTo,
    long? LeafIndex);

/// <summary>A ledger entry and the checkpoint its inclusion proof verified against.</summary>
public sealed record SheetEntry(long Index, string Kind, string LeafHash, string Origin, long TreeSize, string RootHash, int Witnesses, int Threshold);

/// <summary>Builds a sheet from the public verifier's report of a stored document, so the sheet says what the verifier says.</summary>
public static class SheetBuilder
{
    /// <summary>The sheet, or null when no signature's ledger record verified (nothing to link to).</summary>
    public static VerificationSheet? Build(StoredSignedDocument document, VerifyReport report, string language, string baseUrl)
    {
        var signers = report.Signatures.Select((s, i) => new SheetSigner(
            s.Ledger.Role ?? (i < document.Signatures.Count ? document.Signatures[i].Role : "?"),
            s.Signer?.CommonName, s.Signer?.MaskedIin,
            s.Ledger.SignedAt ?? s.SigningTime, s.Indication,
            s.Chain.FirstOrDefault()?.Subject, s.Chain.FirstOrDefault()?.Serial, s.Chain.FirstOrDefault()?.Issuer,
            s.Chain.FirstOrDefault()?.NotBefore, s.Chain.FirstOrDefault()?.NotAfter,
            s.Ledger.Status == "verified" ? s.Ledger.Index : null)).ToList();
        var last = report.Signatures.LastOrDefault(s => s.Ledger is { Status: "verified", Index: not null, Checkpoint: not null })?.Ledger;
        SheetEntry entry;
        if (report.DocumentSha256 is null)
        {
            return null;
        }
        else if (last is not null)
        {
            var c = last.Checkpoint!;
            entry = new SheetEntry(last.Index!.Value, last.Kind ?? "", last.LeafHash ?? "", c.Origin, c.Size, c.RootHash, c.VerifiedWitnesses, c.Threshold);
        }
        else if (report.Signatures.Count == 0 && report.Bundle is { Valid: true, DocumentMatches: true, Index: { } index, Checkpoint: { } c })
        {
            // An unsigned document (the registration result): its own record, proven by its bundle.
            entry = new SheetEntry(index, report.Bundle.Kind ?? "", "", c.Origin, c.Size, c.RootHash, c.VerifiedWitnesses, c.Threshold);
        }
        else
        {
            return null;
        }

        var url = $"{baseUrl.TrimEnd('/')}/Verify?doc={report.DocumentSha256}&entry={entry.Index}";
        return new VerificationSheet(language, SheetTexts.DocumentName(language, document.Kind, document.Number), report.DocumentSha256, signers, entry, url);
    }
}
