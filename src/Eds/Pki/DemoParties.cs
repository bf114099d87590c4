using RentToOwn.Domain.Identity;
using RentToOwn.Eds.Algorithms;

namespace RentToOwn.Eds.Pki;

/// <summary>The demo parties of <c>rto pki init</c> (TEST KEYS ONLY). IINs/BINs are fictitious but carry valid control digits.</summary>
public static class DemoParties
{
    /// <summary>KTK: JSC "Kazakhstan Housing Company" (fictitious BIN).</summary>
    public static Bin KtkBin { get; } = Bin.Parse("040540000103");

    /// <summary>The registrar's organisation (fictitious BIN).</summary>
    public static Bin RegistrarBin { get; } = Bin.Parse("120340000202");

    /// <summary>A.2.9, A.11: the tenant's employer, a legal-entity guarantor (fictitious BIN).</summary>
    public static Bin EmployerBin { get; } = Bin.Parse("100340005011");

    /// <summary>All demo parties.</summary>
    public static IReadOnlyList<PartyProfile> All { get; } =
    [
        new("tenant", "ASKAROV", "ARMAN", "ERLANOVICH", Iin.Parse("900501300120"), null, null, [KzOids.RoleIndividual]),
        new("spouse", "ASKAROVA", "AIGERIM", "SERIKOVNA", Iin.Parse("910712450231"), null, null, [KzOids.RoleIndividual]),
        new("guarantor", "NURLANOV", "DAUREN", "BOLATOVICH", Iin.Parse("851110300344"), null, null, [KzOids.RoleIndividual]),
        // A.16, A.18: KTK's head signs refusals and contracts with the organisation's EDS.
        new("ktk-head", "ZHUMABEKOV", "MARAT", "KAIRATOVICH", Iin.Parse("800203300457"), KtkBin, "JSC KAZAKHSTAN HOUSING COMPANY",
            [KzOids.RoleLegalEntity, KzOids.RoleHead, KzOids.RoleSigningRights]),
        new("ktk-officer", "SADYKOVA", "DANA", "ASKAROVNA", Iin.Parse("880904400568"), KtkBin, "JSC KAZAKHSTAN HOUSING COMPANY",
            [KzOids.RoleLegalEntity, KzOids.RoleEmployee]),
        // A.23: the registrar checks participants' EDS and registers.
        new("registrar", "TULEUOV", "ERZHAN", "MURATOVICH", Iin.Parse("921212300671"), RegistrarBin, "NJSC GOVERNMENT FOR CITIZENS",
            [KzOids.RoleLegalEntity, KzOids.RoleEmployee, KzOids.RoleSigningRights]),
        // A.2.9, A.11: the employer as a legal-entity guarantor signs with its head's key (BIN + head role); its employee's
        // key (same BIN, no head role) must be refused.
        new("employer-head", "ORAZBAYEV", "BERIK", "SAMATOVICH", Iin.Parse("780615300887"), EmployerBin, "LLP KAZPOST SERVICE",
            [KzOids.RoleLegalEntity, KzOids.RoleHead, KzOids.RoleSigningRights]),
        new("employer-staff", "ISMAILOVA", "ZHANAR", "NURLANOVNA", Iin.Parse("900322400997"), EmployerBin, "LLP KAZPOST SERVICE",
            [KzOids.RoleLegalEntity, KzOids.RoleEmployee]),
    ];

    /// <summary>The demo party with <paramref name="role"/>.</summary>
    public static PartyProfile ByRole(string role) =>
        All.FirstOrDefault(p => p.Role == role) ?? throw new ArgumentException($"no demo party '{role}'", nameof(role));
}
