namespace RentToOwn.Cli.Demo;

/// <summary>Who applies in a demo run: the tenant, the spouse when married, the guarantor when one is invited.</summary>
/// <param name="Tenant">The tenant (service recipient).</param>
/// <param name="Spouse">The spouse, when married.</param>
/// <param name="Guarantor">The guarantor, when invited.</param>
/// <param name="FamilyMembers">Family size (A.8), which decides the flat offered (A.17).</param>
public sealed record DemoApplicant(DemoUser Tenant, DemoUser? Spouse, DemoUser? Guarantor, int FamilyMembers);
