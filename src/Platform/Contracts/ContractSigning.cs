using Microsoft.EntityFrameworkCore;
using RentToOwn.LedgerAdapter.Records;
using RentToOwn.Platform.Leases;
using RentToOwn.Platform.Ledger;
using RentToOwn.Platform.Persistence;
using RentToOwn.Platform.Signing;

namespace RentToOwn.Platform.Contracts;

/// <summary>
/// A.17–A.18: the parties sign the exact contract PDF bytes with detached CAdES, in order tenant → spouse (when
/// married) → each guarantor → KTK head. Each accepted signature is verified (signing key, chain, CRL, the signer's IIN),
/// appended to the ledger and its receipt stored, through <see cref="SignatureAcceptance"/> (which claims the step first,
/// so concurrent submissions append once). A contract is found only by its own parties.
/// </summary>
public sealed class ContractSigning(PlatformDbContext db, SignatureAcceptance acceptance)
{
    /// <summary>Leases <paramref name="iin"/> is a party of (the head: every lease).</summary>
    public Task<List<LeaseRecord>> MineAsync(string iin, bool isHead, CancellationToken ct) =>
        db.Leases.AsNoTracking().Where(LeaseVisibility.VisibleTo(iin, isHead, Viewers)).OrderBy(l => l.CreatedAt).ToListAsync(ct);

    /// <summary>The lease if <paramref name="iin"/> is one of its parties; otherwise null (as if it did not exist).</summary>
    public Task<LeaseRecord?> FindAsync(string iin, bool isHead, Guid id, CancellationToken ct) =>
        db.Leases.Where(l => l.Id == id).Where(LeaseVisibility.VisibleTo(iin, isHead, Viewers)).SingleOrDefaultAsync(ct);

    /// <summary>A contract is seen by its parties and KTK's head (who signs every contract last).</summary>
    public const LeaseViewers Viewers = LeaseViewers.Parties | LeaseViewers.KtkHead;

    /// <summary>The lease created from application <paramref name="applicationId"/> of tenant <paramref name="tenantIin"/>.</summary>
    public Task<LeaseRecord?> ForApplicationAsync(string tenantIin, Guid applicationId, CancellationToken ct) =>
        db.Leases.AsNoTracking().SingleOrDefaultAsync(l => l.ApplicationId == applicationId && l.TenantIin == tenantIin, ct);

    /// <summary>Accepted signatures, in order.</summary>
    public Task<List<ContractSignature>> SignaturesAsync(Guid leaseId, CancellationToken ct) =>
        db.ContractSignatures.AsNoTracking().Where(s => s.LeaseId == leaseId).OrderBy(s => s.Step).ToListAsync(ct);

    /// <summary>The stored receipts of <paramref name="signatures"/>, by receipt id.</summary>
    public Task<IReadOnlyDictionary<Guid, StoredReceipt>> ReceiptsAsync(IEnumerable<ContractSignature> signatures, CancellationToken ct) =>
        db.ReceiptsAsync(signatures.Select(s => s.ReceiptId), ct);

    /// <summary>
    /// Verifies and stores <paramref name="iin"/>'s signature over the contract; the error says why not. A step signed
    /// already, or being signed by a concurrent submission, is a conflict (409).
    /// </summary>
    public async Task<Outcome> SignAsync(string iin, bool isHead, Guid id, byte[] cms, CancellationToken ct)
    {
        var lease = await FindAsync(iin, isHead, id, ct);
        if (lease?.ContractPdf is null) return new("contracts.refused.no_contract");
        var step = ContractSigners.StepOf(lease, iin, isHead)!.Value;
        // A.18: what is signed — step n of the lease's contract PDF (the first as ContractSigned, the rest as SignatureAdded)…
        var role = ContractSigners.RoleAt(lease, step);
        var what = new SignedStep(step == 0 ? RecordKind.ContractSigned : RecordKind.SignatureAdded, LedgerSubject.Contract(lease.Id),
            lease.ContractPdf, role, ClaimKey: $"contract:{lease.Id}:{step}");
        // …and who: the party at that step; KTK's head signs last with KTK's BIN and the head role; a legal-entity guarantor
        // signs through its acting head (A.11: that BIN and the head role).
        var who = role == "ktk-head"
            ? RequiredSigner.KtkHead(iin, acceptance.Options.KtkBin, "contracts.refused.needs_ktk_head")
            : ContractSigners.BinAt(lease, step) is { } bin ? RequiredSigner.HeadOf(iin, bin)
            : RequiredSigner.Person(iin);
        return await acceptance.AcceptAsync(what, who, cms,
            // Out of order or signed already (a retry of this very signature is answered Ok first); checked again under the claim.
            c => OrderErrorAsync(lease, step, c),
            (signed, c) =>
            {
                db.ContractSignatures.Add(new ContractSignature
                {
                    Id = Guid.NewGuid(), LeaseId = lease.Id, Step = step, Role = role, SignerIin = iin, Cms = cms, SignedAt = signed.SignedAt,
                    ReceiptId = signed.Receipt.Id,
                });
                // Only after this request's claim was taken over as abandoned (it outlived SigningClaims.Lifetime).
                return acceptance.SaveAsync("contracts.refused.stored_meanwhile", c);
            }, ct,
            busy: "contracts.refused.busy");
    }

    /// <summary>Why <paramref name="step"/> cannot be signed now (A.18 order), or null.</summary>
    private async Task<Outcome?> OrderErrorAsync(LeaseRecord lease, int step, CancellationToken ct)
    {
        var done = await db.ContractSignatures.CountAsync(s => s.LeaseId == lease.Id, ct);
        if (done == ContractSigners.Count(lease)) return Outcome.AlreadySigned("contracts.refused.signed_by_all");
        if (step < done) return Outcome.AlreadySigned("contracts.refused.signed_already");
        return step > done
            ? new("contracts.refused.order", Next(lease, done))
            : null;
    }

    // Who signs at step, in the refusal's language.
    private static Outcome.Text Next(LeaseRecord lease, int step) => ContractSigners.RoleAt(lease, step) switch
    {
        "tenant" => new("contracts.refused.who.tenant"),
        "spouse" => new("contracts.refused.who.spouse"),
        "guarantor" => new("contracts.refused.who.guarantor", ContractSigners.GuarantorNumberAt(lease, step), lease.Guarantors.Count),
        _ => new("contracts.refused.who.ktk_head"),
    };

    /// <summary>Who signs at <paramref name="step"/>, for messages.</summary>
    public static string Describe(LeaseRecord lease, int step) => ContractSigners.RoleAt(lease, step) switch
    {
        "tenant" => "tenant",
        "spouse" => "tenant's spouse",
        "guarantor" => $"guarantor {ContractSigners.GuarantorNumberAt(lease, step)} of {lease.Guarantors.Count}",
        _ => "KTK head",
    };
}
