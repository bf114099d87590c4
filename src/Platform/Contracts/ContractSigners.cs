using RentToOwn.Platform.Leases;

namespace RentToOwn.Platform.Contracts;

/// <summary>
/// A.18: the signing order of a contract — tenant, then the tenant's spouse when the lease names one (the spouse is a
/// party of the contract, A.17/A.23), then each guarantor in order, KTK head last.
/// </summary>
public static class ContractSigners
{
    private static int SpouseSteps(LeaseRecord lease) => lease.SpouseIin is null ? 0 : 1;

    /// <summary>The role that signs at <paramref name="step"/>.</summary>
    public static string RoleAt(LeaseRecord lease, int step)
    {
        var s = SpouseSteps(lease);
        return step == 0 ? "tenant"
            : step <= s ? "spouse"
            : step <= s + lease.Guarantors.Count ? "guarantor"
            : "ktk-head";
    }

    /// <summary>The IIN expected at <paramref name="step"/>; null for the head step (any KTK head).</summary>
    public static string? IinAt(LeaseRecord lease, int step)
    {
        var s = SpouseSteps(lease);
        return step == 0 ? lease.TenantIin
            : step <= s ? lease.SpouseIin
            : step <= s + lease.Guarantors.Count ? lease.Guarantors.OrderBy(g => g.Order).ElementAt(step - s - 1).Iin
            : null;
    }

    /// <summary>The BIN of the legal-entity guarantor signing at <paramref name="step"/> (through its head, A.11); else null.</summary>
    public static string? BinAt(LeaseRecord lease, int step)
    {
        var s = SpouseSteps(lease);
        return step > s && step <= s + lease.Guarantors.Count ? lease.Guarantors.OrderBy(g => g.Order).ElementAt(step - s - 1).Bin : null;
    }

    /// <summary>Number of signatures the contract needs.</summary>
    public static int Count(LeaseRecord lease) => lease.Guarantors.Count + SpouseSteps(lease) + 2;

    /// <summary>1-based number of the guarantor signing at <paramref name="step"/> (for messages).</summary>
    public static int GuarantorNumberAt(LeaseRecord lease, int step) => step - SpouseSteps(lease);

    /// <summary>
    /// The step <paramref name="iin"/> signs at, if they are a party: tenant, spouse, a guarantor, or (with the head
    /// cabinet) KTK's head. Null when the person is not a party of this contract.
    /// </summary>
    public static int? StepOf(LeaseRecord lease, string iin, bool isHead)
    {
        if (lease.TenantIin == iin) return 0;
        var s = SpouseSteps(lease);
        if (s == 1 && lease.SpouseIin == iin) return 1;
        var g = lease.Guarantors.OrderBy(x => x.Order).Select((x, i) => (x, i)).FirstOrDefault(p => p.x.Iin == iin);
        if (g.x is not null) return s + g.i + 1;
        return isHead ? s + lease.Guarantors.Count + 1 : null;
    }
}
