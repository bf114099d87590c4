using RentToOwn.Eds.Certificates;

namespace RentToOwn.Eds.Pki;

/// <summary>What kind of certificate a CA issues, and the extensions that follow from it.</summary>
/// <param name="Kind">End entity, CA, TSA.</param>
/// <param name="Purpose">For end entities: signing or AUTH.</param>
/// <param name="RoleOids">NCA role OIDs added to the EKU (1.2.398.3.3.4.…).</param>
public sealed record CertificateTemplate(CertificateKind Kind, KeyPurpose Purpose, IReadOnlyList<string> RoleOids)
{
    /// <summary>An end-entity certificate for a party.</summary>
    public static CertificateTemplate Party(KeyPurpose purpose, IReadOnlyList<string> roleOids) =>
        new(CertificateKind.EndEntity, purpose, roleOids);

    /// <summary>An issuing (intermediate) CA.</summary>
    public static CertificateTemplate IssuingCa { get; } = new(CertificateKind.CertificateAuthority, KeyPurpose.Signing, []);

    /// <summary>An RFC 3161 timestamp authority.</summary>
    public static CertificateTemplate TimestampAuthority { get; } = new(CertificateKind.TimestampAuthority, KeyPurpose.Signing, []);
}
