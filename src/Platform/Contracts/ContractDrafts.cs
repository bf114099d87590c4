using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using RentToOwn.Domain;
using RentToOwn.Domain.Contracts;
using RentToOwn.Domain.Identity;
using RentToOwn.Domain.Leases;
using RentToOwn.Platform.Applications;
using RentToOwn.Platform.Leases;
using RentToOwn.Platform.Persistence;
using RentToOwn.Platform.Signing;

namespace RentToOwn.Platform.Contracts;

/// <summary>
/// A.17: when the tenant accepts the flat offered from KTK's stock (<c>Housing/FlatOffers</c>), the platform turns the
/// approved application into a lease on that flat at its price (3.1 %, no down payment, ≤ 240 months) and renders the contract PDF with the domain's deterministic renderer; the PDF bytes and
/// their SHA-256 are stored with the lease. Saved with the caller's changes.
/// </summary>
public sealed class ContractDrafts(PlatformDbContext db, ContractPdfRenderer renderer, ContractSchedules schedules,
    IOptions<ContractOffer> offer, EdsTrust trust, TimeProvider time)
{
    /// <summary>Creates the lease and its contract for the approved <paramref name="app"/> (guarantors loaded) on <paramref name="flat"/>.</summary>
    public async Task<LeaseRecord> DraftAsync(TenantApplication app, Housing.Flat flat, CancellationToken ct)
    {
        var o = offer.Value;
        var now = time.GetUtcNow();
        var iins = app.Guarantors.Select(g => g.GuarantorIin ?? "").Append(app.TenantIin).Append(app.SpouseIin ?? "").ToList();
        var names = await db.Users.AsNoTracking().Where(u => iins.Contains(u.Iin)).ToDictionaryAsync(u => u.Iin, u => u.FullName, ct);
        string Name(string iin) => names.TryGetValue(iin, out var n) ? n : iin;

        var terms = new LeaseTerms(Money.FromTenge(flat.PriceKzt), LeaseTerms.ProgrammeRatePercent,
            Math.Min(o.TermMonths, LeaseTerms.MaxTermMonths), DateOnly.FromDateTime(now.UtcDateTime), Money.Zero).EnsureValid();
        var lease = new Lease(
            $"RTO-{now:yyyy}-{app.Id.ToString("N")[..8].ToUpperInvariant()}",
            new Flat(flat.CadastralNumber, flat.Address, flat.TotalArea, flat.LivingArea, flat.Rooms),
            terms,
            new LeaseParties(
                new Person(Name(app.TenantIin), Iin.Parse(app.TenantIin)),
                app.Married && app.SpouseIin is { } s ? new Person(Name(s), Iin.Parse(s)) : null,
                app.Guarantors.OrderBy(g => g.Order).Select(g => g.GuarantorBin is { } bin
                    ? Guarantor.Entity(g.Employer, Bin.Parse(bin)) // A.2.9: a legal entity, by its registered name and BIN
                    : Guarantor.Individual(Name(g.GuarantorIin!), Iin.Parse(g.GuarantorIin!))).ToList(),
                new Lessor(o.LessorName, Bin.Parse(trust.Options.KtkBin))),
            flat.City);

        var record = lease.ToRecord(Guid.NewGuid(), now);
        // A.11, A.18: a legal entity signs the contract through the head who took up its invitation (the PDF names only the BIN).
        foreach (var (g, invitation) in record.Guarantors.OrderBy(g => g.Order).Zip(app.Guarantors.OrderBy(g => g.Order)))
        {
            if (g.Bin is not null) g.Iin = invitation.GuarantorIin;
        }

        var schedule = AnnuitySchedule.Build(lease.Terms);
        record.ApplicationId = app.Id;
        record.ContractPdf = renderer.Render(lease, schedule, schedules.Taxes(schedule));
        record.ContractSha256 = Convert.ToHexStringLower(SHA256.HashData(record.ContractPdf));
        db.Leases.Add(record);
        return record;
    }
}
