using Microsoft.EntityFrameworkCore;
using RentToOwn.Domain.Identity;
using RentToOwn.Eds.Algorithms;
using RentToOwn.Eds.Certificates;
using RentToOwn.Eds.Verification;
using RentToOwn.LedgerAdapter.Records;
using RentToOwn.Platform.Applications;
using RentToOwn.Platform.Leases;
using RentToOwn.Platform.Ledger;
using RentToOwn.Platform.Persistence;
using RentToOwn.Platform.Signing;

namespace RentToOwn.Platform.Contracts;

/// <summary>
/// A.17–A.18: the parties sign the exact contract PDF bytes with detached CAdES, in order tenant → spouse (when
/// married) → each guarantor → KTK head. Each accepted signature is verified (signing key, chain, CRL, the signer's IIN),
/// appended to the ledger and its receipt stored. A contract is found only by its own parties.
/// </summary>
public sealed class ContractSigning(PlatformDbContext db, CadesVerifier verifier, EdsTrust trust, SignatureLedger ledger, TimeProvider time)
{
    /// <summary>Leases <paramref name="iin"/> is a party of (the head: every lease).</summary>
    public Task<List<LeaseRecord>> MineAsync(string iin, bool isHead, CancellationToken ct) =>
        db.Leases.AsNoTracking().Where(l => isHead || l.TenantIin == iin || l.SpouseIin == iin || l.Guarantors.Any(g => g.Iin == iin))
            .OrderBy(l => l.CreatedAt).ToListAsync(ct);

    /// <summary>The lease if <paramref name="iin"/> is one of its parties; otherwise null (as if it did not exist).</summary>
    public async Task<LeaseRecord?> FindAsync(string iin, bool isHead, Guid id, CancellationToken ct)
    {
        var lease = await db.Leases.SingleOrDefaultAsync(l => l.Id == id, ct);
        return lease is not null && ContractSigners.StepOf(lease, iin, isHead) is not null ? lease : null;
    }

    /// <summary>The lease created from application <paramref name="applicationId"/> of tenant <paramref name="tenantIin"/>.</summary>
    public Task<LeaseRecord?> ForApplicationAsync(string tenantIin, Guid applicationId, CancellationToken ct) =>
        db.Leases.AsNoTracking().SingleOrDefaultAsync(l => l.ApplicationId == applicationId && l.TenantIin == tenantIin, ct);

    /// <summary>Accepted signatures, in order.</summary>
    public Task<List<ContractSignature>> SignaturesAsync(Guid leaseId, CancellationToken ct) =>
        db.ContractSignatures.AsNoTracking().Where(s => s.LeaseId == leaseId).OrderBy(s => s.Step).ToListAsync(ct);

    /// <summary>The stored receipts of <paramref name="signatures"/>, by receipt id.</summary>
    public async Task<Dictionary<Guid, StoredReceipt>> ReceiptsAsync(IEnumerable<ContractSignature> signatures, CancellationToken ct)
    {
        var ids = signatures.Select(s => s.ReceiptId).ToList();
        return await db.LedgerReceipts.AsNoTracking().Where(r => ids.Contains(r.Id)).ToDictionaryAsync(r => r.Id, ct);
    }

    /// <summary>Verifies and stores <paramref name="iin"/>'s signature over the contract; the error says why not.</summary>
    public async Task<ContractResult> SignAsync(string iin, bool isHead, Guid id, byte[] cms, CancellationToken ct)
    {
        var lease = await FindAsync(iin, isHead, id, ct);
        if (lease?.ContractPdf is null) return new("No such contract among yours.");
        var step = ContractSigners.StepOf(lease, iin, isHead)!.Value;
        var done = await db.ContractSignatures.CountAsync(s => s.LeaseId == id, ct);
        if (done == ContractSigners.Count(lease)) return new("The contract is already signed by every party.");
        if (step < done) return new("You have already signed this contract.");
        if (step > done)
        {
            return new($"The signing order is tenant → spouse (if married) → each guarantor → KTK head (A.18); the contract now waits for the {Describe(lease, done)}.");
        }

        var role = ContractSigners.RoleAt(lease, step);
        var report = verifier.Verify(lease.ContractPdf, cms, trust.Policy(KeyPurpose.Signing, new ExpectedSigner(Iin: Iin.Parse(iin))));
        var sig = report.Signatures.Count == 1 ? report.Signatures[0] : null;
        if (sig is null || !report.Passed) return new($"The signature was not accepted: {(sig is null ? "exactly one signature expected" : VerificationText.Of(sig))}.");
        if (role == "ktk-head" && (sig.Signer?.Bin?.Value != trust.Options.KtkBin || !sig.Signer.RoleOids.Contains(KzOids.RoleHead)))
        {
            return new("The contract is signed last with the EDS of KTK's head (KTK BIN and head role).");
        }

        var signedAt = time.GetUtcNow();
        // A.18: the verified signature goes to the ledger (the first as ContractSigned, the rest as SignatureAdded).
        var receipt = await ledger.RecordAsync(step == 0 ? RecordKind.ContractSigned : RecordKind.SignatureAdded,
            LedgerSubjects.For("contract", lease.Id), lease.ContractPdf, cms, iin, role, signedAt, ct);
        db.ContractSignatures.Add(new ContractSignature
        {
            Id = Guid.NewGuid(), LeaseId = lease.Id, Step = step, Role = role, SignerIin = iin, Cms = cms, SignedAt = signedAt, ReceiptId = receipt.Id,
        });
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            return new("Another signature for this step was stored at the same time; reload the contract.");
        }

        return ContractResult.Ok;
    }

    /// <summary>Who signs at <paramref name="step"/>, for messages.</summary>
    public static string Describe(LeaseRecord lease, int step) => ContractSigners.RoleAt(lease, step) switch
    {
        "tenant" => "tenant",
        "spouse" => "tenant's spouse",
        "guarantor" => $"guarantor {ContractSigners.GuarantorNumberAt(lease, step)} of {lease.Guarantors.Count}",
        _ => "KTK head",
    };
}
