using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using Microsoft.Extensions.Options;
using RentToOwn.Eds.Algorithms;
using RentToOwn.Eds.Certificates;
using RentToOwn.Eds.Verification;
using RentToOwn.LedgerAdapter;
using RentToOwn.LedgerAdapter.Bundles;
using RentToOwn.LedgerAdapter.Records;
using RentToOwn.Platform.Ledger;
using RentToOwn.Platform.Security;
using RentToOwn.Platform.Signing;
using RentToOwn.Platform.Verification.Reports;

namespace RentToOwn.Platform.Verification;

/// <summary>
/// A.18: "anyone can check the signed contract's legitimacy" — this product's answer to ezsigner.kz. For each
/// signature: the EDS validation report against the platform's trust store, the signer with the IIN masked, the
/// ledger record found by the document and CMS hashes, its inclusion proof and checkpoint (log signature, witness
/// threshold) verified with the LedgerAdapter verification library, and the EVM anchor. Also verifies an uploaded
/// offline bundle. Never throws for bad input: every problem becomes part of the report.
/// </summary>
public sealed partial class PublicVerifier(
    SignatureVerifier eds, PlatformLedger ledger, LedgerFiles files, LedgerHashIndex index, LedgerTrust trust,
    IOptions<VerifierOptions> options, TimeProvider time)
{
    private static readonly byte[] PdfMagic = "%PDF-"u8.ToArray();

    [GeneratedRegex(@"(?<!BIN)(?<!\d)\d{12}(?!\d)")]
    private static partial Regex TwelveDigits();

    /// <summary>Verifies what was uploaded.</summary>
    public async Task<VerifyReport> VerifyAsync(VerifierUpload upload, CancellationToken ct = default)
    {
        var now = time.GetUtcNow();
        var problems = Check(upload);
        if (problems.Count > 0)
        {
            return new VerifyReport(null, null, problems, [], null, now);
        }

        var document = upload.Document?.Content;
        var signatures = new List<SignatureReport>();
        string? documentHash = document is null ? null : Hex(SHA256.HashData(document));
        foreach (var file in upload.Signatures)
        {
            var cms = CmsFile.ToDer(file.Content);
            var report = eds.Verify(document, cms, KeyPurpose.Signing);
            var signedBytes = document ?? report.SignedContent;
            if (signedBytes is null)
            {
                problems.Add(new InputProblem("no_document", file.Name,
                    "a detached signature needs the signed PDF: upload the document together with it"));
            }

            documentHash ??= signedBytes is null ? null : Hex(SHA256.HashData(signedBytes));
            var fingerprints = CmsFile.CertificateFingerprints(cms);
            var position = 0;
            foreach (var s in report.Signatures)
            {
                position++;
                var fingerprint = s.Chain.Count > 0 && fingerprints.TryGetValue(s.Chain[0].SerialHex, out var f) ? f : null;
                var ledgerReport = signedBytes is null || s.SubIndication == SubIndication.FormatFailure
                    ? new LedgerReport("not_on_ledger", "not looked up: the signature could not be read with its document")
                    : await FindOnLedgerAsync(SHA256.HashData(signedBytes), SHA256.HashData(cms), fingerprint, SignerNumbers(s), ct);
                signatures.Add(ToReport(file.Name, position, s, Hex(SHA256.HashData(cms)), ledgerReport));
            }
        }

        BundleReport? bundle = upload.Bundle is null ? null : await VerifyBundleAsync(upload.Bundle, documentHash, ct);
        // A stored unsigned document (the cadastre's result) is checked by its own ledger record: the bundle decides.
        string? indication = signatures.Count > 0 ? Worst(signatures)
            : upload.StoredDocument && upload.Document is not null && bundle is not null ? (bundle is { Valid: true, DocumentMatches: true } ? "TOTAL_PASSED" : "TOTAL_FAILED")
            : null;
        return new VerifyReport(indication, documentHash, problems, signatures, bundle, now);
    }

    /// <summary>The offline bundle of leaf <paramref name="leafIndex"/>, only for a caller who holds the document.</summary>
    /// <returns>The bundle JSON, or null when there is no such record for that document.</returns>
    public async Task<string?> BundleAsync(long leafIndex, string documentSha256, CancellationToken ct = default)
    {
        var entry = leafIndex < 0 ? null : await (await ledger.LedgerAsync(ct)).GetAsync(leafIndex, ct);
        if (entry is null || !string.Equals(entry.Record.DocumentSha256.ToHex(), documentSha256, StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        return BundleJson.Serialize(await CreateBundleAsync(leafIndex, ct));
    }

    private List<InputProblem> Check(VerifierUpload upload)
    {
        var o = options.Value;
        var problems = upload.OversizeFiles
            .Select(n => new InputProblem("too_large", n, $"the file is larger than the limit of {o.MaxFileBytes} bytes"))
            .ToList();
        if (upload.Document is null && upload.Signatures.Count == 0 && upload.Bundle is null && problems.Count == 0)
        {
            problems.Add(new InputProblem("nothing_uploaded", null, "upload a PDF with its .cms signature files, or an offline bundle (.json)"));
        }

        if (upload.Signatures.Count > o.MaxSignatureFiles)
        {
            problems.Add(new InputProblem("too_many_files", null, $"at most {o.MaxSignatureFiles} signature files at once"));
        }

        foreach (var f in new[] { upload.Document, upload.Bundle }.Concat(upload.Signatures).OfType<UploadedFile>())
        {
            if (f.Content.Length == 0)
            {
                problems.Add(new InputProblem("empty_file", f.Name, "the file is empty"));
            }
            else if (f.Content.Length > o.MaxFileBytes)
            {
                problems.Add(new InputProblem("too_large", f.Name, $"the file is larger than the limit of {o.MaxFileBytes} bytes"));
            }
        }

        if (upload.Document is { Content.Length: > 0 } d && !upload.StoredDocument && !d.Content.AsSpan().StartsWith(PdfMagic))
        {
            problems.Add(new InputProblem("not_pdf", d.Name, "the document is not a PDF (it does not start with %PDF-)"));
        }

        if (upload.Document is not null && upload.Signatures.Count == 0 && upload.Bundle is null)
        {
            problems.Add(new InputProblem("no_signatures", null, "add the .cms signature files of the document, or its offline bundle"));
        }

        return problems;
    }

    private async Task<LedgerReport> FindOnLedgerAsync(
        byte[] documentSha, byte[] cmsSha, byte[]? certificateSha, IReadOnlyList<string> signerNumbers, CancellationToken ct)
    {
        var document = Sha256Digest.FromBytes(documentSha);
        var cms = Sha256Digest.FromBytes(cmsSha);
        var candidates = await index.ByDocumentAsync(document, ct);

        // The record of exactly this CMS file, else (a CMS holding several parallel signatures, A.17–A.18) this signer's
        // record of this document: by certificate fingerprint, or by the HMAC reference of the certificate's IIN/BIN
        // (the platform holds the deployment secret; the reference itself stays PII-free).
        var match = candidates.LastOrDefault(e => e.Record.SignatureSha256 == cms && Fits(e.Record, certificateSha))
            ?? (certificateSha is null ? null : candidates.LastOrDefault(e => e.Record.CertificateFingerprint is { } c && c.ToArray().AsSpan().SequenceEqual(certificateSha)));
        if (match is null && signerNumbers.Count > 0 && candidates.Count > 0)
        {
            var references = new List<SignerReference>();
            foreach (var number in signerNumbers)
            {
                references.Add(await ledger.ReferenceAsync(number, ct));
            }

            match = candidates.LastOrDefault(e => e.Record.Signer is { } r && references.Contains(r)
                && (certificateSha is null || e.Record.CertificateFingerprint is null || Fits(e.Record, certificateSha)));
        }
        if (match is null)
        {
            var elsewhere = await index.BySignatureAsync(cms, ct);
            return elsewhere.Count > 0
                ? new LedgerReport("other_document", $"this signature is on the ledger (leaf {elsewhere[^1].Index}) for another document, sha256 {elsewhere[^1].Record.DocumentSha256.ToHex()}")
                : new LedgerReport("not_on_ledger", "not on the ledger: no record of this document and signature");
        }

        var bundle = await CreateBundleAsync(match.Index, ct);
        var result = await (await trust.BundleVerifierAsync(ct)).VerifyAsync(bundle, ct);
        var (logKey, witnessKeys) = await trust.KeysAsync(ct);
        var r = match.Record;
        if (!result.IsValid || result.Record is null || result.Record.DocumentSha256 != document)
        {
            return new LedgerReport("failed", "the ledger proof did not verify: " + result.Reason, match.Index, r.Kind.ToString(), r.SubjectId, r.Role, r.SignedAt,
                Hex(match.LeafHash));
        }

        return new LedgerReport("verified", result.Reason, match.Index, r.Kind.ToString(), r.SubjectId, r.Role, r.SignedAt, Hex(match.LeafHash),
            InclusionProofVerified: true,
            Checkpoint: ProofReports.Checkpoint(bundle.Checkpoint, result.Checkpoint, logKey, witnessKeys, trust.Threshold),
            Anchor: bundle.Anchor is null && await ledger.OnChainRecordAsync(match.LeafHash, r.SubjectId, ct) is { } onChain
                ? ProofReports.Record(onChain) // EVM backend, per-record mode: the record's own transaction
                : ProofReports.Anchor(bundle.Anchor, result.Anchor),
            BundleUrl: $"/api/verify/bundle/{match.Index}?document={document.ToHex()}");
    }

    // Only a signature whose digest and value verified may be matched by its signer (else the IIN is not proven).
    private static IReadOnlyList<string> SignerNumbers(SignatureValidation s) =>
        s.SubIndication is SubIndication.HashFailure or SubIndication.SigCryptoFailure or SubIndication.FormatFailure || s.Signer is null
            ? []
            : new[] { s.Signer.Iin?.Value, s.Signer.Bin?.Value }.OfType<string>().ToList();

    private static bool Fits(SigningRecord record, byte[]? certificateSha) =>
        certificateSha is null || record.CertificateFingerprint is not { } c || c.ToArray().AsSpan().SequenceEqual(certificateSha);

    private async Task<LedgerBundle> CreateBundleAsync(long leafIndex, CancellationToken ct)
    {
        var anchor = await files.LatestAnchorAsync(ct);
        return await new BundleFactory(await ledger.LedgerAsync(ct)).CreateAsync(leafIndex, anchor, await ledger.FabricTransactionAsync(leafIndex, ct), ct);
    }

    private async Task<BundleReport> VerifyBundleAsync(UploadedFile file, string? documentHash, CancellationToken ct)
    {
        string json;
        try
        {
            json = new UTF8Encoding(false, true).GetString(file.Content);
        }
        catch (DecoderFallbackException)
        {
            return new BundleReport(file.Name, false, "bundle: the file is not UTF-8 JSON text");
        }

        var bundleNote = TryReadNote(json);
        var result = await (await trust.BundleVerifierAsync(ct)).VerifyAsync(json, ct);
        var (logKey, witnessKeys) = await trust.KeysAsync(ct);
        if (!result.IsValid || result.Record is not { } r)
        {
            return new BundleReport(file.Name, false, result.Reason);
        }

        var parsed = BundleJson.Deserialize(json);
        bool? matches = documentHash is null ? null : string.Equals(documentHash, r.DocumentSha256.ToHex(), StringComparison.Ordinal);
        var valid = matches != false;
        var reason = valid ? result.Reason : "the bundle verifies, but its record is for another document (sha256 " + r.DocumentSha256.ToHex() + ")";
        return new BundleReport(file.Name, valid, reason, parsed.LeafIndex, r.Kind.ToString(), r.SubjectId, r.Role, r.DocumentSha256.ToHex(), matches,
            ProofReports.Checkpoint(bundleNote ?? parsed.Checkpoint, result.Checkpoint, logKey, witnessKeys, trust.Threshold), ProofReports.Anchor(parsed.Anchor, result.Anchor), result.Fabric);
    }

    private static string? TryReadNote(string json)
    {
        try
        {
            return BundleJson.Deserialize(json).Checkpoint;
        }
        catch (FormatException)
        {
            return null;
        }
    }

    private static SignatureReport ToReport(string file, int position, SignatureValidation s, string cmsHash, LedgerReport ledgerReport) => new(
        file, position, VerificationText.Etsi(s.Indication), s.SubIndication is { } sub ? VerificationText.Etsi(sub) : null,
        s.Errors.Select(MaskIins).ToList(), s.Warnings.Select(MaskIins).ToList(),
        s.Signer is { } who
            ? new SignerReport(IinMask.Mask(who.Iin?.Value), who.Bin?.Value, MaskIins(who.CommonName), who.Organization, who.RoleOids.Select(RoleName).ToList())
            : null,
        s.ClaimedSigningTime, s.TimestampTime, s.BestSignatureTime,
        s.Chain.Select(c => new ChainCertificate(MaskIins(c.Subject), MaskIins(c.Issuer), c.SerialHex, c.NotBefore, c.NotAfter, c.IsTrustAnchor)).ToList(),
        s.RevocationSource, s.RevocationTime, cmsHash, ledgerReport);

    /// <summary>A.39–A.40: any 12-digit run that is not a BIN (e.g. SERIALNUMBER=IIN…) is masked in public text.</summary>
    private static string MaskIins(string text) => TwelveDigits().Replace(text, m => IinMask.Mask(m.Value)!);

    private static string RoleName(string oid) => oid switch
    {
        KzOids.RoleIndividual => "individual",
        KzOids.RoleHead => "head",
        KzOids.RoleSigningRights => "signing-rights",
        KzOids.RoleEmployee => "employee",
        KzOids.RoleLegalEntity => "legal-entity",
        _ => oid,
    };

    private static string Worst(IReadOnlyList<SignatureReport> signatures) =>
        signatures.Any(s => s.Indication == "TOTAL_FAILED") ? "TOTAL_FAILED"
        : signatures.Any(s => s.Indication == "INDETERMINATE") ? "INDETERMINATE"
        : "TOTAL_PASSED";

    private static string Hex(byte[] bytes) => Convert.ToHexStringLower(bytes);
}
