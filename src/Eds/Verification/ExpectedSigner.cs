using RentToOwn.Domain.Identity;

namespace RentToOwn.Eds.Verification;

/// <summary>Whom the caller expects: an IIN and/or a BIN, optionally a role OID. A mismatch fails the signature.</summary>
/// <param name="Iin">Required IIN, or null.</param>
/// <param name="Bin">Required BIN, or null.</param>
/// <param name="RoleOid">Required NCA role OID (e.g. 1.2.398.3.3.4.1.2.1 head), or null.</param>
public sealed record ExpectedSigner(Iin? Iin = null, Bin? Bin = null, string? RoleOid = null);
