namespace RentToOwn.Domain.Leases;

/// <summary>A rent-to-own contract (сатып алу құқығымен жалға беру шарты): number, flat, terms, parties (A.17).</summary>
/// <param name="Number">Contract number.</param>
/// <param name="Flat">The flat.</param>
/// <param name="Terms">Price, rate, term, start, down payment.</param>
/// <param name="Parties">Tenant, spouse, guarantors, KTK.</param>
/// <param name="City">Place of conclusion shown on the document.</param>
public sealed record Lease(string Number, Flat Flat, LeaseTerms Terms, LeaseParties Parties, string City = "Астана");
