using Microsoft.Extensions.Options;
using RentToOwn.Domain.Leases;
using RentToOwn.Domain.Leases.Taxes;
using RentToOwn.Platform.Leases;

namespace RentToOwn.Platform.Contracts;

/// <summary>A.17 preliminary payment and tax schedules and the A.29 early-buyout quote, recomputed by the domain.</summary>
public sealed class ContractSchedules(IOptions<TaxOptions> taxes)
{
    /// <summary>The payment schedule of <paramref name="record"/>.</summary>
    public static PaymentSchedule Payments(LeaseRecord record) => AnnuitySchedule.Build(record.ToDomain().Terms);

    /// <summary>The property-tax estimate for <paramref name="schedule"/>.</summary>
    public IReadOnlyList<TaxScheduleRow> Taxes(PaymentSchedule schedule) =>
        new TaxSchedule(PropertyTaxTable.Individuals, taxes.Value).Build(schedule);

    /// <summary>The early-buyout quote on <paramref name="date"/>.</summary>
    public static BuyoutQuote Buyout(LeaseRecord record, DateOnly date) => EarlyBuyout.Quote(Payments(record), date);
}
