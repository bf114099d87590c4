using RentToOwn.Platform.Leases;

namespace RentToOwn.Platform.Contracts;

/// <summary>A.18: the signing order of a contract — tenant, each guarantor in order, KTK head last.</summary>
public static class ContractSigners
{
    /// <summary>The role that signs at <paramref name="step"/>.</summary>
    public static string RoleAt(LeaseRecord lease, int step) =>
        step == 0 ? "tenant" : step <= lease.Guarantors.Count ? "guarantor" : "ktk-head";

    /// <summary>The IIN expected at <paramref name="step"/>; null for the head step (any KTK head).</summary>
    public static string? IinAt(LeaseRecord lease, int step) =>
        step == 0 ? lease.TenantIin
        : step <= lease.Guarantors.Count ? lease.Guarantors.OrderBy(g => g.Order).ElementAt(step - 1).Iin
        : null;

    /// <summary>Number of signatures the contract needs.</summary>
    public static int Count(LeaseRecord lease) => lease.Guarantors.Count + 2;

    /// <summary>
    /// The step <paramref name="iin"/> signs at, if they are a party: tenant, a guarantor, or (with the head
    /// cabinet) KTK's head. Null when the person is not a party of this contract.
    /// </summary>
    public static int? StepOf(LeaseRecord lease, string iin, bool isHead)
    {
        if (lease.TenantIin == iin) return 0;
        var g = lease.Guarantors.OrderBy(x => x.Order).Select((x, i) => (x, i)).FirstOrDefault(p => p.x.Iin == iin);
        if (g.x is not null) return g.i + 1;
        return isHead ? lease.Guarantors.Count + 1 : null;
    }
}
