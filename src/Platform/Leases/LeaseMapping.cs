using RentToOwn.Domain;
using RentToOwn.Domain.Identity;
using RentToOwn.Domain.Leases;

namespace RentToOwn.Platform.Leases;

/// <summary>Converts between the domain <see cref="Lease"/> and its stored <see cref="LeaseRecord"/>.</summary>
public static class LeaseMapping
{
    /// <summary>The record for <paramref name="lease"/>.</summary>
    public static LeaseRecord ToRecord(this Lease lease, Guid id, DateTimeOffset createdAt) => new()
    {
        Id = id,
        Number = lease.Number,
        City = lease.City,
        Flat = new LeaseFlat
        {
            CadastralNumber = lease.Flat.CadastralNumber, Address = lease.Flat.Address,
            TotalArea = lease.Flat.TotalArea, LivingArea = lease.Flat.LivingArea, Rooms = lease.Flat.Rooms,
        },
        PriceTiyn = lease.Terms.Price.Tiyn,
        DownPaymentTiyn = lease.Terms.DownPayment.Tiyn,
        AnnualRatePercent = lease.Terms.AnnualRatePercent,
        TermMonths = lease.Terms.TermMonths,
        StartDate = lease.Terms.StartDate,
        TenantName = lease.Parties.Tenant.FullName,
        TenantIin = lease.Parties.Tenant.Iin.Value,
        SpouseName = lease.Parties.Spouse?.FullName,
        SpouseIin = lease.Parties.Spouse?.Iin.Value,
        LessorName = lease.Parties.Lessor.Name,
        LessorBin = lease.Parties.Lessor.Bin.Value,
        Guarantors = lease.Parties.Guarantors
            .Select((g, i) => new LeaseGuarantor { Order = i + 1, Name = g.Name, Iin = g.Iin?.Value, Bin = g.Bin?.Value })
            .ToList(),
        CreatedAt = createdAt,
    };

    /// <summary>The domain lease stored in <paramref name="record"/> (identity numbers re-validated).</summary>
    public static Lease ToDomain(this LeaseRecord record) => new(
        record.Number,
        new Flat(record.Flat.CadastralNumber, record.Flat.Address, record.Flat.TotalArea, record.Flat.LivingArea, record.Flat.Rooms),
        new LeaseTerms(new Money(record.PriceTiyn), record.AnnualRatePercent, record.TermMonths, record.StartDate, new Money(record.DownPaymentTiyn)),
        new LeaseParties(
            new Person(record.TenantName, Iin.Parse(record.TenantIin)),
            record.SpouseIin is null ? null : new Person(record.SpouseName ?? "", Iin.Parse(record.SpouseIin)),
            record.Guarantors.OrderBy(g => g.Order)
                .Select(g => g.Bin is not null ? Guarantor.Entity(g.Name, Bin.Parse(g.Bin)) : Guarantor.Individual(g.Name, Iin.Parse(g.Iin!)))
                .ToList(),
            new Lessor(record.LessorName, Bin.Parse(record.LessorBin))),
        record.City);
}
