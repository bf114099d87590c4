using RentToOwn.Domain.Identity;

namespace RentToOwn.Domain.Leases;

/// <summary>An individual party to the lease.</summary>
/// <param name="FullName">Full name as in the identity document.</param>
/// <param name="Iin">ЖСН / IIN.</param>
public sealed record Person(string FullName, Iin Iin);
