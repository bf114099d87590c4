using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using RentToOwn.Platform.Leases;
using RentToOwn.Platform.Persistence;
using RentToOwn.Platform.Registration.Forms;
using RentToOwn.Platform.Registration.Model;

namespace RentToOwn.Platform.Registration;

/// <summary>
/// The seam (A.19, A.29): KTK forms an application on a signed basis document; it appears in the tenant's cabinet.
/// One open application per (lease, kind): forming it again returns the open one.
/// </summary>
public sealed class RegistrationApplications(PlatformDbContext db, RegistrationWorkflow workflow, TimeProvider time, IOptions<RegistrationOptions> options)
    : IRegistrationApplications
{
    /// <inheritdoc />
    /// <exception cref="ArgumentException">The request is inconsistent (basis kind, signatures, related application).</exception>
    /// <exception cref="KeyNotFoundException">The lease (or the related application) does not exist.</exception>
    public async Task<Guid> StartAsync(RegistrationStart start, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(start);
        var lease = await db.Leases.AsNoTracking().SingleOrDefaultAsync(l => l.Id == start.LeaseId, ct)
            ?? throw new KeyNotFoundException($"Lease {start.LeaseId} does not exist.");
        var expected = start.Kind switch
        {
            RegistrationKind.LeaseEncumbrance => BasisDocumentKind.LeaseContract,
            RegistrationKind.EncumbranceTermination => BasisDocumentKind.KtkLetter,
            _ => BasisDocumentKind.TransferContract,
        };
        if (start.Basis.Kind != expected) throw new ArgumentException($"A {start.Kind} application rests on a {expected}, not a {start.Basis.Kind}.", nameof(start));
        if (start.Basis.Content.Length == 0) throw new ArgumentException("The basis document is empty.", nameof(start));
        var signers = start.Basis.Signatures.Select(s => s.ExpectedSigner).ToHashSet();
        // A.19, A.29: who must have signed the basis document.
        if (!signers.Contains(lease.LessorBin)) throw new ArgumentException("The basis document needs KTK's signature (its head's EDS, A.19/A.29).", nameof(start));
        if (start.Kind != RegistrationKind.EncumbranceTermination && !signers.Contains(lease.TenantIin))
        {
            throw new ArgumentException("The basis document needs the tenant's signature.", nameof(start));
        }

        if (start.CourtDecision is { } decision)
        {
            // Seed 000: a court decision is the basis of an involuntary termination only, certified by KTK.
            if (start.Kind != RegistrationKind.EncumbranceTermination) throw new ArgumentException("Only an encumbrance termination rests on a court decision.", nameof(start));
            if (decision.Kind != BasisDocumentKind.CourtDecision) throw new ArgumentException($"The court decision document must be of kind {BasisDocumentKind.CourtDecision}, not {decision.Kind}.", nameof(start));
            if (decision.Content.Length == 0) throw new ArgumentException("The court decision document is empty.", nameof(start));
            if (decision.Signatures.Count != 1 || decision.Signatures[0].ExpectedSigner != lease.LessorBin)
            {
                throw new ArgumentException("The court decision needs exactly one certification signature by KTK (an EDS with KTK's BIN).", nameof(start));
            }
        }
        else if (start.Basis.Kind == BasisDocumentKind.CourtDecision)
        {
            throw new ArgumentException("A court decision is passed as RegistrationStart.CourtDecision, beside KTK's letter.", nameof(start));
        }

        if (start.Kind == RegistrationKind.Ownership)
        {
            var related = start.RelatedRegistrationId is { } rid ? await db.Set<RegistrationApplication>().AsNoTracking().SingleOrDefaultAsync(a => a.Id == rid, ct) : null;
            if (related is null || related.Kind != RegistrationKind.EncumbranceTermination || related.LeaseId != lease.Id)
            {
                throw new ArgumentException("An ownership application is paired with the termination application of the same lease (A.34).", nameof(start));
            }
        }
        else if (start.RelatedRegistrationId is not null)
        {
            throw new ArgumentException("Only an ownership application has a related (termination) application.", nameof(start));
        }

        var open = await db.Set<RegistrationApplication>().AsNoTracking()
            .Where(a => a.LeaseId == lease.Id && a.Kind == start.Kind && a.Status != RegistrationStatus.Refused).Select(a => (Guid?)a.Id).FirstOrDefaultAsync(ct);
        if (open is { } existing) return existing;

        var id = NewId();
        var now = time.GetUtcNow();
        var app = new RegistrationApplication
        {
            Id = id, LeaseId = lease.Id, Kind = start.Kind, Status = RegistrationStatus.Preparing, OfficerAccountId = start.OfficerAccountId, CreatedAt = now,
            RelatedRegistrationId = start.RelatedRegistrationId, BasisKind = start.Basis.Kind, BasisTitle = start.Basis.Title, BasisContent = start.Basis.Content,
            FormDocument = RegistrationApplicationForm.Render(id, start.Kind, lease, start.Basis.Kind, start.Basis.Content, start.RelatedRegistrationId, now, start.CourtDecision),
            FeeTiyn = options.Value.FeeTiyn,
            CourtDecisionTitle = start.CourtDecision?.Title, CourtDecisionContent = start.CourtDecision?.Content,
            CourtDecisionSha256 = start.CourtDecision is { } d ? Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(d.Content)) : null,
            CourtDecisionCms = start.CourtDecision?.Signatures[0].Cms,
            BasisSignatures = start.Basis.Signatures.Select((s, i) => new RegistrationBasisSignature
            {
                Id = Guid.NewGuid(), RegistrationId = id, Position = i, Role = s.Role, ExpectedSigner = s.ExpectedSigner, Cms = s.Cms,
            }).ToList(),
        };
        db.Add(app);
        db.Add(workflow.PlatformEvent(id, "Formed", start.CourtDecision is null ? start.Kind.ToString() : $"{start.Kind} (court decision, sha256 {app.CourtDecisionSha256})"));
        await db.SaveChangesAsync(ct);
        // A.30: formed after the session's verdict (e.g. the ownership after the termination's session): it carries it now.
        await workflow.AdvanceAsync(id, ct);
        return id;
    }

    /// <summary>
    /// A new application id. It is also the video session's subject, which goes on the ledger, and the ledger refuses
    /// text with a run of 12 digits (the shape of an IIN). Ids with such a run are drawn again.
    /// </summary>
    public static Guid NewId()
    {
        while (true)
        {
            var id = Guid.NewGuid();
            if (!LedgerAdapter.Records.SigningRecordCodec.ContainsIdentityNumberShape(id.ToString())) return id;
        }
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<RegistrationSummary>> ForLeaseAsync(Guid leaseId, CancellationToken ct)
    {
        var apps = await db.Set<RegistrationApplication>().AsNoTracking().Where(a => a.LeaseId == leaseId).ToListAsync(ct);
        return apps.OrderBy(a => a.CreatedAt)
            .Select(a => new RegistrationSummary(a.Id, a.LeaseId, a.Kind, RegistrationStatusNames.Of(a), a.ReasonCode, a.LegalBasis)).ToList();
    }
}
