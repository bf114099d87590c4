using RentToOwn.Domain.Identity;

namespace RentToOwn.Domain.Leases;

/// <summary>ҚТК / KTK, "Kazakhstan Housing Company" JSC: the lessor, identified by its BIN.</summary>
/// <param name="Name">Registered name.</param>
/// <param name="Bin">БСН / BIN.</param>
public sealed record Lessor(string Name, Bin Bin);
