using RentToOwn.Domain.Identity;

namespace RentToOwn.Eds.Verification;

/// <summary>Who signed, as the signing certificate says.</summary>
/// <param name="Iin">IIN (from SERIALNUMBER=IIN…).</param>
/// <param name="Bin">BIN of the organisation (from OU=BIN…), null for individuals.</param>
/// <param name="CommonName">CN.</param>
/// <param name="Organization">O, for legal-entity staff.</param>
/// <param name="RoleOids">NCA role OIDs from the EKU.</param>
public sealed record SignerIdentity(Iin? Iin, Bin? Bin, string CommonName, string? Organization, IReadOnlyList<string> RoleOids);
