using RentToOwn.Domain.Leases;

namespace RentToOwn.Platform.Term.Payments;

/// <summary>A.29: what buys the flat today: the domain quote, plus any arrears, or the remaining price when paid ahead.</summary>
/// <param name="Date">Kazakhstan date.</param>
/// <param name="Quote">The domain quote (assumes every payment due so far was paid).</param>
/// <param name="ArrearsTiyn">Unpaid installments due on or before the date.</param>
/// <param name="TotalTiyn">The amount to pay.</param>
public sealed record BuyoutView(DateOnly Date, BuyoutQuote Quote, long ArrearsTiyn, long TotalTiyn);
