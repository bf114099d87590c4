using Microsoft.EntityFrameworkCore;
using RentToOwn.Domain.Identity;
using RentToOwn.Eds.Algorithms;
using RentToOwn.Eds.Certificates;
using RentToOwn.Eds.Verification;
using RentToOwn.LedgerAdapter.Records;
using RentToOwn.Platform.Applications;
using RentToOwn.Platform.Contracts.Claims;
using RentToOwn.Platform.Leases;
using RentToOwn.Platform.Ledger;
using RentToOwn.Platform.Persistence;
using RentToOwn.Platform.Signing;

namespace RentToOwn.Platform.Contracts;

/// <summary>
/// A.17–A.18: the parties sign the exact contract PDF bytes with detached CAdES, in order tenant → spouse (when
/// married) → each guarantor → KTK head. Each accepted signature is verified (signing key, chain, CRL, the signer's IIN),
/// appended to the ledger and its receipt stored; a step is claimed first
/// (<see cref="SigningClaims"/>) so concurrent submissions append once. A contract is found only by its own parties.
/// </summary>
public sealed class ContractSigning(PlatformDbContext db, CadesVerifier verifier, EdsTrust trust, SignatureLedger ledger, SigningClaims claims,
    TimeProvider time)
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

    /// <summary>
    /// Verifies and stores <paramref name="iin"/>'s signature over the contract; the error says why not. A step signed
    /// already, or being signed by a concurrent submission, is a <see cref="ContractResult.Conflict"/>.
    /// </summary>
    public async Task<ContractResult> SignAsync(string iin, bool isHead, Guid id, byte[] cms, CancellationToken ct)
    {
        var lease = await FindAsync(iin, isHead, id, ct);
        if (lease?.ContractPdf is null) return new("No such contract among yours.");
        var step = ContractSigners.StepOf(lease, iin, isHead)!.Value;
        if (await OrderErrorAsync(lease, step, ct) is { } refused) return refused;

        var role = ContractSigners.RoleAt(lease, step);
        var report = verifier.Verify(lease.ContractPdf, cms, trust.Policy(KeyPurpose.Signing, new ExpectedSigner(Iin: Iin.Parse(iin))));
        var sig = report.Signatures.Count == 1 ? report.Signatures[0] : null;
        if (sig is null || !report.Passed) return new($"The signature was not accepted: {(sig is null ? "exactly one signature expected" : VerificationText.Of(sig))}.");
        if (role == "ktk-head" && (sig.Signer?.Bin?.Value != trust.Options.KtkBin || !sig.Signer.RoleOids.Contains(KzOids.RoleHead)))
        {
            return new("The contract is signed last with the EDS of KTK's head (KTK BIN and head role).");
        }

        // A.18: only the submission holding the step appends to the ledger, so a double click or a second tab leaves
        // no ledger record without a stored signature.
        return await claims.WithClaimAsync($"contract:{lease.Id}:{step}", () => StoreAsync(lease, step, role, iin, cms, ct), ct)
            ?? ContractResult.AlreadySigned("This step of the contract is already signed, or being signed right now by another submission; reload the contract.");
    }

    private async Task<ContractResult> StoreAsync(LeaseRecord lease, int step, string role, string iin, byte[] cms, CancellationToken ct)
    {
        // Checked again under the claim: a concurrent submission may have stored this step just before.
        if (await OrderErrorAsync(lease, step, ct) is { } refused) return refused;
        var signedAt = time.GetUtcNow();
        // A.18: the verified signature goes to the ledger (the first as ContractSigned, the rest as SignatureAdded).
        var receipt = await ledger.RecordAsync(step == 0 ? RecordKind.ContractSigned : RecordKind.SignatureAdded,
            LedgerSubjects.For("contract", lease.Id), lease.ContractPdf!, cms, iin, role, signedAt, ct);
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
            // Only after this request's claim was taken over as abandoned (it outlived SigningClaims.Lifetime).
            return ContractResult.AlreadySigned("Another signature for this step was stored meanwhile; reload the contract.");
        }

        return ContractResult.Ok;
    }

    /// <summary>Why <paramref name="step"/> cannot be signed now (A.18 order), or null.</summary>
    private async Task<ContractResult?> OrderErrorAsync(LeaseRecord lease, int step, CancellationToken ct)
    {
        var done = await db.ContractSignatures.CountAsync(s => s.LeaseId == lease.Id, ct);
        if (done == ContractSigners.Count(lease)) return ContractResult.AlreadySigned("The contract is already signed by every party.");
        if (step < done) return ContractResult.AlreadySigned("You have already signed this contract.");
        return step > done
            ? new($"The signing order is tenant → spouse (if married) → each guarantor → KTK head (A.18); the contract now waits for the {Describe(lease, done)}.")
            : null;
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
