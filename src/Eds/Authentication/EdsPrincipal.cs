using RentToOwn.Domain.Identity;

namespace RentToOwn.Eds.Authentication;

/// <summary>Who logged in, from the AUTH certificate.</summary>
/// <param name="Iin">IIN of the person.</param>
/// <param name="Bin">BIN of the organisation for legal-entity staff, else null.</param>
/// <param name="CommonName">CN.</param>
/// <param name="Organization">O for legal-entity staff.</param>
/// <param name="RoleOids">NCA role OIDs (individual, head, employee, …).</param>
/// <param name="CertificateSerial">Serial (hex) of the AUTH certificate.</param>
public sealed record EdsPrincipal(Iin? Iin, Bin? Bin, string CommonName, string? Organization, IReadOnlyList<string> RoleOids, string CertificateSerial);
