namespace RentToOwn.Platform.Leases;

/// <summary>Who may see a lease in an area: its parties by IIN, and staff by cabinet (see <see cref="LeaseVisibility"/>).</summary>
[Flags]
public enum LeaseViewers
{
    /// <summary>The tenant.</summary>
    Tenant = 1,

    /// <summary>The tenant's spouse named in the lease.</summary>
    Spouse = 2,

    /// <summary>The lease's guarantors.</summary>
    Guarantors = 4,

    /// <summary>KTK's head (signs every contract last, A.18).</summary>
    KtkHead = 8,

    /// <summary>KTK staff: officers and the head.</summary>
    KtkStaff = 16,

    /// <summary>The State Corporation's registrars.</summary>
    Registrar = 32,

    /// <summary>Every party of the contract (A.17).</summary>
    Parties = Tenant | Spouse | Guarantors,
}
