using RentToOwn.Eds.Algorithms;
using RentToOwn.Eds.Authentication;
using RentToOwn.Platform.Signing;

namespace RentToOwn.Platform.Identity;

/// <summary>
/// Which cabinets a certificate can justify. The directory says what a person may do; the certificate
/// must agree: KTK staff roles need a certificate of KTK's organisation (the head also the head's role
/// OID, A.16/A.18), the registrar one of the State Corporation (A.21); individuals' cabinets need none.
/// </summary>
public static class CertificateRoles
{
    /// <summary>The roles <paramref name="signer"/>'s certificate allows.</summary>
    public static PlatformRoles Allowed(EdsPrincipal signer, EdsOptions options)
    {
        var roles = PlatformRoles.Tenant | PlatformRoles.Guarantor | PlatformRoles.Spouse;
        var bin = signer.Bin?.Value;
        if (bin == options.KtkBin)
        {
            roles |= PlatformRoles.Officer;
            if (signer.RoleOids.Contains(KzOids.RoleHead)) roles |= PlatformRoles.Head;
        }

        if (bin == options.RegistrarBin) roles |= PlatformRoles.Registrar;
        return roles;
    }
}
