using RentToOwn.Platform.Ledger;
using RentToOwn.Platform.Verification.Reports;

namespace RentToOwn.Platform.Verification.Sheets;

/// <summary>
/// The public verifier for a document the platform holds (A.18, the sheet's QR link): given its SHA-256 and one of its
/// ledger entries, verifies the stored bytes with the stored CMS files exactly as an upload of them would be. The link
/// carries hashes and a leaf number only; both must agree (the entry must be a record of that document), so the link
/// reveals nothing the public verifier would not.
/// </summary>
public sealed class StoredVerification(IEnumerable<ISignedDocumentSource> sources, PlatformLedger ledger, PublicVerifier verifier)
{
    /// <summary>The report for document <paramref name="doc"/> and ledger entry <paramref name="entry"/>, or null when they do not match a stored document.</summary>
    public async Task<VerifyReport?> VerifyAsync(string? doc, long entry, CancellationToken ct = default) =>
        await FindAsync(doc, entry, ct) is { } stored ? await ReportAsync(stored, ct) : null;

    /// <summary>
    /// The verifier's report of a stored document: its CMS files checked as an upload; an unsigned document (the cadastre's
    /// registration result) with the offline bundle of its own ledger record, whose hash must be the stored bytes'.
    /// </summary>
    public async Task<VerifyReport> ReportAsync(StoredSignedDocument stored, CancellationToken ct = default)
    {
        string? bundle = null;
        if (stored.Signatures.Count == 0 && stored.LedgerIndex is { } index)
        {
            bundle = await verifier.BundleAsync(index, Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(stored.Content)), ct);
        }

        return await verifier.VerifyAsync(Upload(stored, bundle), ct);
    }

    /// <summary>The stored document whose ledger entry <paramref name="entry"/> records hash <paramref name="doc"/>.</summary>
    public async Task<StoredSignedDocument?> FindAsync(string? doc, long entry, CancellationToken ct = default)
    {
        if (Normalize(doc) is not { } sha || entry < 0)
        {
            return null;
        }

        var record = await (await ledger.LedgerAsync(ct)).GetAsync(entry, ct);
        return record is not null && record.Record.DocumentSha256.ToHex() == sha ? await DocumentAsync(sha, ct) : null;
    }

    /// <summary>The stored document with SHA-256 <paramref name="doc"/> (any case), or null.</summary>
    public async Task<StoredSignedDocument?> DocumentAsync(string? doc, CancellationToken ct = default)
    {
        if (Normalize(doc) is not { } sha)
        {
            return null;
        }

        foreach (var source in sources)
        {
            if (await source.FindAsync(sha, ct) is { } found)
            {
                return found;
            }
        }

        return null;
    }

    /// <summary>What an upload of the stored document, its CMS files and (unsigned) its record's bundle would carry.</summary>
    public static VerifierUpload Upload(StoredSignedDocument d, string? bundle = null) => new(
        new UploadedFile(d.Kind switch
        {
            SignedDocumentKind.Verdict => $"{d.Number}.findings.bin",
            SignedDocumentKind.RegistrationResult => $"{d.Number}.event.pb",
            _ => $"{d.Number}.pdf",
        }, d.Content),
        d.Signatures.Select((s, i) => new UploadedFile($"{d.Number}.{i + 1}.{s.Role}.p7s", s.Cms)).ToList(),
        bundle is null ? null : new UploadedFile($"{d.Number}.bundle.json", System.Text.Encoding.UTF8.GetBytes(bundle)), [], StoredDocument: true);

    private static string? Normalize(string? doc) =>
        doc is { Length: 64 } && doc.All(char.IsAsciiHexDigit) ? doc.ToLowerInvariant() : null;
}
